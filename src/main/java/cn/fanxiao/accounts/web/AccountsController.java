package cn.fanxiao.accounts.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.fanxiao.accounts.CurrentUser;
import cn.fanxiao.accounts.CurrentUsers;
import cn.fanxiao.accounts.Jurisdiction;
import cn.fanxiao.accounts.Jurisdictions;
import cn.fanxiao.accounts.Role;
import cn.fanxiao.accounts.Setting;
import cn.fanxiao.shared.ForbiddenException;
import cn.fanxiao.shared.InvalidInputException;
import cn.fanxiao.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api")
@Tag(name = "账户与辖区", description = "当前用户、辖区树、各辖区的法定及地方参数")
class AccountsController {

    private final CurrentUsers users;
    private final Jurisdictions jurisdictions;
    AccountsController(CurrentUsers users, Jurisdictions jurisdictions) {
        this.users = users;
        this.jurisdictions = jurisdictions;
    }

    @GetMapping("/me")
    @Operation(summary = "当前用户：角色、辖区、任务候选组")
    Map<String, Object> me() {
        CurrentUser u = users.current();
        return Map.of("username", u.username(), "displayName", u.displayName(), "role", u.role(),
                "roleLabel", u.role().label(), "countyCode", u.countyCode(),
                "townshipCode", u.townshipCode() == null ? "" : u.townshipCode(),
                "schoolCode", u.schoolCode() == null ? "" : u.schoolCode(), "candidateGroups", u.candidateGroups());
    }

    @GetMapping("/jurisdictions/{code}/children")
    @Operation(summary = "下级辖区（县 → 乡镇 → 村）")
    List<Jurisdiction> children(@PathVariable String code) {
        inCounty(code);
        return jurisdictions.children(code);
    }

    @GetMapping("/jurisdictions/{code}/settings")
    @Operation(summary = "辖区的有效参数（乡镇 → 县 → 默认值）")
    List<SettingView> settings(@PathVariable String code) {
        inCounty(code);
        var effective = jurisdictions.settingsFor(code);
        return Arrays.stream(Setting.values())
                .map(s -> new SettingView(s.name(), effective.text(s), s.description(), s.statutory()))
                .toList();
    }

    @PutMapping("/jurisdictions/{code}/settings/{key}")
    @Operation(summary = "修改辖区参数（县教育局法制人员或管理员）")
    SettingView put(@PathVariable String code, @PathVariable String key, @RequestBody SettingValue body) {
        CurrentUser u = users.current();
        if (u.role() != Role.BUREAU_LEGAL && u.role() != Role.ADMIN) {
            throw new ForbiddenException("只有县教育局法制人员或管理员可以修改辖区参数");
        }
        inCounty(code);
        Setting setting;
        try {
            setting = Setting.valueOf(key);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("key", "未知参数：" + key);
        }
        String value = body == null || body.value() == null ? "" : body.value().strip();
        jurisdictions.putSetting(code, setting, value, u.username());
        return new SettingView(setting.name(), value, setting.description(), setting.statutory());
    }


    private void inCounty(String code) {
        Jurisdiction j = jurisdictions.find(code)
                .orElseThrow(() -> new NotFoundException("辖区不存在：" + code));
        if (!j.countyCode().equals(users.current().countyCode())) {
            throw new NotFoundException("辖区不存在或不在您的管辖范围内：" + code);
        }
    }

    record SettingView(String key, String value, String description, boolean statutory) {
    }

    record SettingValue(String value) {
    }
}
