package cn.fanxiao.demo;

import java.time.LocalDate;
import java.util.List;

import cn.fanxiao.cases.ChildData;
import cn.fanxiao.cases.Gender;
import cn.fanxiao.cases.GuardianData;
import cn.fanxiao.cases.NewCase;
import cn.fanxiao.cases.ReasonCategory;
import cn.fanxiao.cases.ResponsibleLine;
import cn.fanxiao.cases.ResponsiblePersonData;

/** Fictitious children and guardians of the demo county (names, IDs and addresses are made up). */
public final class DemoChildren {

    private static final String[] SURNAMES = {"李", "王", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙"};
    private static final String[] GIVEN = {"小明", "春花", "志强", "秀英", "建国", "丽娟", "海龙", "玉兰", "国庆", "晓雪"};
    private static final ReasonCategory[] REASONS = ReasonCategory.values();

    private DemoChildren() {
    }

    /** Case {@code n} of a township (n ≥ 0 gives distinct ID numbers up to 180,000 children). */
    public static NewCase newCase(String townshipCode, int n, LocalDate dropoutDate) {
        String school = switch (townshipCode) {
            case DemoCounty.QINGSHI -> DemoCounty.QINGSHI_SCHOOL;
            case DemoCounty.HEKOU -> DemoCounty.HEKOU_SCHOOL;
            default -> DemoCounty.CHENGGUAN_SCHOOL;
        };
        boolean male = n % 2 == 0;
        // spread births over 360 days × 500 sequence numbers per township so every ID is distinct
        LocalDate birth = LocalDate.of(2012, 3, 1).plusDays((n / 500) % 360);
        String region = switch (townshipCode) {
            case DemoCounty.QINGSHI -> "539911";
            case DemoCounty.HEKOU -> "539912";
            default -> "539910";
        };
        String surname = SURNAMES[n % SURNAMES.length];
        ChildData child = new ChildData(surname + GIVEN[(n / SURNAMES.length) % GIVEN.length],
                male ? Gender.MALE : Gender.FEMALE, birth, DemoIds.residentId(region, birth, n % 500, male),
                null, n % 3 == 0 ? "彝族" : "汉族", "示范县" + townshipCode.substring(6) + "村" + (n % 9 + 1) + "组",
                n % 4 == 0, n % 17 == 0, n % 3 == 1, false);
        GuardianData parent = new GuardianData(male ? "父亲" : "母亲", surname + (male ? "大山" : "桂芳"),
                DemoIds.residentId(region, LocalDate.of(1984, 1, 1).plusDays(n % 3000), n % 500, male),
                "139" + String.format("%08d", n), "示范县" + townshipCode.substring(6) + "村",
                n % 2 == 0 ? "在广东省务工" : "在家", n % 2 == 0);
        return new NewCase(child, List.of(parent), school, townshipCode + "201", "七年级", (n % 4 + 1) + "班",
                REASONS[n % REASONS.length], "演示数据", dropoutDate,
                List.of(new ResponsiblePersonData(ResponsibleLine.GOVERNMENT, "李青", "副镇长", null, null),
                        new ResponsiblePersonData(ResponsibleLine.EDUCATION, "陈老师", "班主任", null, null)));
    }
}
