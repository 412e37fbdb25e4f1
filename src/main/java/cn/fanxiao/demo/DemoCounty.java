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

    /** Installs the demo county; does nothing if it is already there, so every test may simply call it. */
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
        // issuing-body details printed on documents (fictitious)
        jurisdictions.putSetting(COUNTY, Setting.COURT, "示范县人民法院", "system");
        jurisdictions.putSetting(COUNTY, Setting.RECONSIDERATION_BODY, "示范县人民政府", "system");
        // the county's own issuer settings name its education bureau (整改通知书); townships do not inherit them
        jurisdictions.putSetting(COUNTY, Setting.ISSUER_NAME, "示范县教育体育局", "system");
        jurisdictions.putSetting(COUNTY, Setting.ISSUER_SHORT_NAME, "示范教体", "system");
        jurisdictions.putSetting(COUNTY, Setting.ISSUER_ADDRESS, "示范县城关街道文昌路15号", "system");
        jurisdictions.putSetting(COUNTY, Setting.ISSUER_CONTACT_PERSON, "王法明", "system");
        jurisdictions.putSetting(COUNTY, Setting.ISSUER_PHONE, "0870-5550001", "system");
        jurisdictions.putSetting(COUNTY, Setting.ISSUER_LEGAL_REPRESENTATIVE, "吴振东", "system");
        jurisdictions.putSetting(COUNTY, Setting.ISSUER_LEGAL_REPRESENTATIVE_TITLE, "局长", "system");
        jurisdictions.putSetting(QINGSHI, Setting.ISSUER_ADDRESS, "示范县青石镇青石街1号", "system");
        jurisdictions.putSetting(QINGSHI, Setting.ISSUER_CONTACT_PERSON, "李青", "system");
        jurisdictions.putSetting(QINGSHI, Setting.ISSUER_PHONE, "0870-5550101", "system");
        jurisdictions.putSetting(QINGSHI, Setting.ISSUER_LEGAL_REPRESENTATIVE, "杨青山", "system");
        jurisdictions.putSetting(QINGSHI, Setting.ISSUER_LEGAL_REPRESENTATIVE_TITLE, "镇长", "system");
        jurisdictions.putSetting(QINGSHI, Setting.FINE_PAYMENT_METHOD,
                "持本决定书到示范县农村信用合作联社青石分社缴纳，或通过“示范省非税收入电子缴款”平台缴纳", "system");
        jurisdictions.putSetting(HEKOU, Setting.ISSUER_ADDRESS, "示范县河口乡河口街8号", "system");
        jurisdictions.putSetting(HEKOU, Setting.ISSUER_CONTACT_PERSON, "赵河", "system");
        jurisdictions.putSetting(HEKOU, Setting.ISSUER_PHONE, "0870-5550202", "system");
        jurisdictions.putSetting(HEKOU, Setting.ISSUER_LEGAL_REPRESENTATIVE, "何长河", "system");
        jurisdictions.putSetting(HEKOU, Setting.ISSUER_LEGAL_REPRESENTATIVE_TITLE, "乡长", "system");
        jurisdictions.putSetting(CHENGGUAN, Setting.ISSUER_NAME, "示范县人民政府城关街道办事处", "system");
        jurisdictions.putSetting(CHENGGUAN, Setting.ISSUER_ADDRESS, "示范县城关街道人民路20号", "system");
        jurisdictions.putSetting(CHENGGUAN, Setting.ISSUER_CONTACT_PERSON, "周城", "system");
        jurisdictions.putSetting(CHENGGUAN, Setting.ISSUER_PHONE, "0870-5550303", "system");
        jurisdictions.putSetting(CHENGGUAN, Setting.ISSUER_LEGAL_REPRESENTATIVE, "吴城", "system");
        jurisdictions.putSetting(CHENGGUAN, Setting.ISSUER_LEGAL_REPRESENTATIVE_TITLE, "主任", "system");

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
