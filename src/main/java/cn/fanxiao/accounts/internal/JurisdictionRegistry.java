package cn.fanxiao.accounts.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fanxiao.accounts.Jurisdiction;
import cn.fanxiao.accounts.JurisdictionSettings;
import cn.fanxiao.accounts.Jurisdictions;
import cn.fanxiao.accounts.School;
import cn.fanxiao.accounts.Setting;
import cn.fanxiao.accounts.SettingChanged;
import cn.fanxiao.shared.InvalidInputException;

@Service
class JurisdictionRegistry implements Jurisdictions {

    private final JurisdictionMapper mapper;
    private final ApplicationEventPublisher events;

    JurisdictionRegistry(JurisdictionMapper mapper, ApplicationEventPublisher events) {
        this.mapper = mapper;
        this.events = events;
    }

    @Override
    public Optional<Jurisdiction> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(mapper.find(code));
    }

    @Override
    public Optional<School> school(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(mapper.school(code));
    }

    @Override
    public List<Jurisdiction> children(String parentCode) {
        return mapper.children(parentCode);
    }

    /**
     * Walks up the tree (village → township → county); the nearest value of each setting wins. A setting that is not
     * {@linkplain Setting#inherited() inherited} is read from the jurisdiction itself only.
     */
    @Override
    public JurisdictionSettings settingsFor(String jurisdictionCode) {
        List<String> chain = new ArrayList<>();
        Optional<Jurisdiction> node = find(jurisdictionCode);
        while (node.isPresent()) {
            chain.add(node.get().code());
            node = find(node.get().parentCode());
        }
        Map<Setting, String> values = new EnumMap<>(Setting.class);
        if (!chain.isEmpty()) {
            List<JurisdictionMapper.SettingRow> rows = mapper.settings(chain);
            for (int i = chain.size() - 1; i >= 0; i--) {
                String code = chain.get(i);
                boolean own = i == 0;
                rows.stream().filter(r -> r.jurisdictionCode().equals(code)).forEach(r -> known(r.settingKey())
                        .filter(s -> own || s.inherited())
                        .ifPresent(s -> values.put(s, r.settingValue())));
            }
        }
        return new JurisdictionSettings(jurisdictionCode, values);
    }

    @Override
    @Transactional
    public void putSetting(String jurisdictionCode, Setting setting, String value, String actor) {
        validate(setting, value);
        if (mapper.updateSetting(jurisdictionCode, setting.name(), value) == 0) {
            mapper.insertSetting(jurisdictionCode, setting.name(), value);
        }
        events.publishEvent(new SettingChanged(jurisdictionCode, setting, value, actor));
    }

    @Override
    @Transactional
    public void add(Jurisdiction jurisdiction) {
        mapper.insertJurisdiction(jurisdiction);
    }

    @Override
    @Transactional
    public void add(School school) {
        mapper.insertSchool(school);
    }

    /** Each setting's value must make sense before it can steer a legal period or a case number. */
    static void validate(Setting setting, String value) {
        switch (setting) {
            case FINE_ALLOWED, MAKEUP_DAYS_ARE_WORKING_DAYS -> {
                if (!value.equals("true") && !value.equals("false")) {
                    throw new InvalidInputException("value", "应为 true 或 false");
                }
            }
            case LEGAL_BASIS_CITATION, ISSUER_NAME, ISSUER_SHORT_NAME, ISSUER_ADDRESS, ISSUER_CONTACT_PERSON, ISSUER_PHONE,
                 ISSUER_LEGAL_REPRESENTATIVE, ISSUER_LEGAL_REPRESENTATIVE_TITLE, COURT, RECONSIDERATION_BODY,
                 FINE_PAYMENT_METHOD -> {
                if (value.length() > 500 || value.contains("<") || value.contains(">")) {
                    throw new InvalidInputException("value", "不超过500字，且不能含尖括号等标记");
                }
            }
            case DOCUMENT_NUMBER_PATTERNS -> {
                for (String entry : value.split("[;；]")) {
                    if (!entry.isBlank() && (!entry.matches("[A-Z_]+=.+") || !entry.contains("{year}")
                            || !entry.contains("{n}") || entry.length() > 80)) {
                        throw new InvalidInputException("value",
                                "每项应为“文书类型=格式”，格式须包含 {year} 和 {n}，如 ORDER_TO_RETURN={short}政责改字〔{year}〕{n}号");
                    }
                }
            }
            case CASE_NUMBER_PATTERN -> {
                if (!value.contains("{n}") || !value.contains("{year}") || value.length() > 60) {
                    throw new InvalidInputException("value", "编号格式须包含 {year} 和 {n}，且不超过60字");
                }
            }
            default -> {
                int days;
                try {
                    days = Integer.parseInt(value);
                } catch (NumberFormatException e) {
                    throw new InvalidInputException("value", "应为天数（整数）");
                }
                if (days < 1 || days > 3650) {
                    throw new InvalidInputException("value", "天数应在 1 到 3650 之间");
                }
            }
        }
    }

    private static Optional<Setting> known(String key) {
        try {
            return Optional.of(Setting.valueOf(key));
        } catch (IllegalArgumentException unknownKeyFromANewerVersion) {
            return Optional.empty();
        }
    }
}
