package cn.fanxiao.demo;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.fanxiao.accounts.Accounts;
import cn.fanxiao.accounts.Jurisdiction;
import cn.fanxiao.accounts.JurisdictionLevel;
import cn.fanxiao.accounts.Jurisdictions;
import cn.fanxiao.accounts.Role;
import cn.fanxiao.accounts.School;
import cn.fanxiao.accounts.Setting;

/**
 * 示范县 (a fictitious county, code 539901): three townships, two villages each, one school per township, a user
 * per role. 青石镇 has a (demonstration) local penalty power; 河口乡 and 城关街道 do not, so their cases go from the
 * order to return straight to a civil suit.
 */
@Component
public class DemoCounty {

    public static final String COUNTY = "539901";
    public static final String QINGSHI = "539901101";
    public static final String HEKOU = "539901102";
    public static final String CHENGGUAN = "539901001";
    public static final String QINGSHI_SCHOOL = "5399011010";
    public static final String HEKOU_SCHOOL = "5399011020";
    public static final String CHENGGUAN_SCHOOL = "5399010010";
    public static final String PASSWORD = "demo1234";

    /** username, display name, role, jurisdiction */
    public static final List<String[]> USERS = List.of(
            new String[] {"legal", "县教育局法规股 王法明", "BUREAU_LEGAL", COUNTY},
            new String[] {"qingshi", "青石镇控辍专干 李青", "TOWNSHIP_OFFICER", QINGSHI},
            new String[] {"hekou", "河口乡控辍专干 赵河", "TOWNSHIP_OFFICER", HEKOU},
            new String[] {"chengguan", "城关街道控辍专干 周城", "TOWNSHIP_OFFICER", CHENGGUAN},
            new String[] {"teacher", "青石镇中心学校 陈老师", "SCHOOL_STAFF", QINGSHI_SCHOOL},
            new String[] {"auditor", "县审计局 孙审", "AUDITOR", COUNTY});

    private final Jurisdictions jurisdictions;
    private final Accounts accounts;

    public DemoCounty(Jurisdictions jurisdictions, Accounts accounts) {
        this.jurisdictions = jurisdictions;
        this.accounts = accounts;
    }

    public boolean installed() {
        return jurisdictions.find(COUNTY).isPresent();
    }

    @Transactional
    public void install() {
        if (installed()) {
            return;
        }
        jurisdictions.add(new Jurisdiction(COUNTY, "示范县", "示范", JurisdictionLevel.COUNTY, null, COUNTY));
        township(QINGSHI, "青石镇", "青石", QINGSHI_SCHOOL, "青石镇中心学校", "石门村", "松林村");
        township(HEKOU, "河口乡", "河口", HEKOU_SCHOOL, "河口乡九年一贯制学校", "河口村", "沙坝村");
        township(CHENGGUAN, "城关街道", "城关", CHENGGUAN_SCHOOL, "示范县第一中学", "东门社区", "西门社区");

        jurisdictions.putSetting(COUNTY, Setting.FINE_ALLOWED, "false", "system");
        jurisdictions.putSetting(QINGSHI, Setting.FINE_ALLOWED, "true", "system");
        jurisdictions.putSetting(QINGSHI, Setting.LEGAL_BASIS_CITATION,
                "（演示数据，非真实法规）示范省义务教育条例第四十条", "system");

        for (String[] u : USERS) {
            accounts.create(u[0], PASSWORD, u[1], Role.valueOf(u[2]), u[3]);
        }
    }

    private void township(String code, String name, String shortName, String schoolCode, String schoolName,
                          String village1, String village2) {
        jurisdictions.add(new Jurisdiction(code, name, shortName, JurisdictionLevel.TOWNSHIP, COUNTY, COUNTY));
        jurisdictions.add(new Jurisdiction(code + "201", village1, village1, JurisdictionLevel.VILLAGE, code, COUNTY));
        jurisdictions.add(new Jurisdiction(code + "202", village2, village2, JurisdictionLevel.VILLAGE, code, COUNTY));
        jurisdictions.add(new School(schoolCode, schoolName, code, COUNTY));
    }
}
