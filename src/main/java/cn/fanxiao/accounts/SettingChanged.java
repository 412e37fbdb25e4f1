package cn.fanxiao.accounts;

import cn.fanxiao.shared.AuditableEvent;

/** A legal parameter of a jurisdiction was changed (audited outside any case). */
public record SettingChanged(String jurisdictionCode, Setting setting, String value, String actor)
        implements AuditableEvent {

    @Override
    public Long auditCaseId() {
        return null;
    }

    @Override
    public String auditType() {
        return "SETTING_CHANGED";
    }

    @Override
    public String auditSummary() {
        return "设置变更：" + jurisdictionCode + " " + setting.description() + " = " + value;
    }
}
