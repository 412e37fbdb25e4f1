package cn.fanxiao.accounts;

import java.util.List;
import java.util.Optional;

/** The jurisdiction tree, schools and per-jurisdiction settings. */
public interface Jurisdictions {

    Optional<Jurisdiction> find(String code);

    Optional<School> school(String code);

    List<Jurisdiction> children(String parentCode);

    /** Settings of a township (falls back to its county, then to the defaults). */
    JurisdictionSettings settingsFor(String jurisdictionCode);

    /** Sets a parameter of one jurisdiction; audited as {@link SettingChanged}. */
    void putSetting(String jurisdictionCode, Setting setting, String value, String actor);

    void add(Jurisdiction jurisdiction);

    void add(School school);
}
