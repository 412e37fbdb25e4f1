package cn.fanxiao.accounts;

import java.util.Map;

/** The effective settings of one jurisdiction, already resolved township → county → default. */
public record JurisdictionSettings(String jurisdictionCode, Map<Setting, String> values) {

    public String text(Setting setting) {
        return values.getOrDefault(setting, setting.defaultValue());
    }

    public int number(Setting setting) {
        return Integer.parseInt(text(setting).trim());
    }

    public boolean flag(Setting setting) {
        return Boolean.parseBoolean(text(setting).trim());
    }

    public boolean fineAllowed() {
        return flag(Setting.FINE_ALLOWED);
    }
}
