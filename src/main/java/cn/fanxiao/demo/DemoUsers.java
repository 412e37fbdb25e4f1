package cn.fanxiao.demo;

import cn.fanxiao.accounts.CurrentUser;
import cn.fanxiao.accounts.Role;

/** The demo county's users as the process sees them when the loader acts for them. */
public final class DemoUsers {

    public static final CurrentUser LEGAL = new CurrentUser("legal", "县教育局法规股 王法明", Role.BUREAU_LEGAL,
            DemoCounty.COUNTY, null, null);
    public static final CurrentUser QINGSHI = new CurrentUser("qingshi", "青石镇控辍专干 李青", Role.TOWNSHIP_OFFICER,
            DemoCounty.COUNTY, DemoCounty.QINGSHI, null);
    public static final CurrentUser HEKOU = new CurrentUser("hekou", "河口乡控辍专干 赵河", Role.TOWNSHIP_OFFICER,
            DemoCounty.COUNTY, DemoCounty.HEKOU, null);
    public static final CurrentUser CHENGGUAN = new CurrentUser("chengguan", "城关街道控辍专干 周城",
            Role.TOWNSHIP_OFFICER, DemoCounty.COUNTY, DemoCounty.CHENGGUAN, null);

    private DemoUsers() {
    }

    public static CurrentUser officerOf(String townshipCode) {
        return switch (townshipCode) {
            case DemoCounty.QINGSHI -> QINGSHI;
            case DemoCounty.HEKOU -> HEKOU;
            case DemoCounty.CHENGGUAN -> CHENGGUAN;
            default -> throw new IllegalArgumentException(townshipCode);
        };
    }
}
