package cn.fanxiao.cases.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.fanxiao.accounts.CurrentUser;
import cn.fanxiao.accounts.Jurisdiction;
import cn.fanxiao.accounts.Jurisdictions;
import cn.fanxiao.accounts.School;
import cn.fanxiao.cases.ChildData;
import cn.fanxiao.cases.Gender;
import cn.fanxiao.cases.GuardianData;
import cn.fanxiao.cases.NewCase;
import cn.fanxiao.deadlines.LegalTime;
import cn.fanxiao.shared.FieldError;
import cn.fanxiao.shared.InvalidInputException;
import cn.fanxiao.shared.PersonNames;

/**
 * The checks a case must pass beyond single-field constraints: ID numbers, dates in order, a school that exists
 * inside the user's jurisdiction. All problems are collected so the user fixes them in one go.
 */
@Component
class CaseRules {

    /** Letters of any script (incl. CJK outside the BMP such as 𠮷), combining marks, the middle dot and spaces. */

    private final Jurisdictions jurisdictions;

    CaseRules(Jurisdictions jurisdictions) {
        this.jurisdictions = jurisdictions;
    }

    /** Validated and normalised input, with the school and the jurisdiction it sits in. */
    record Checked(NewCase command, String childIdNumber, List<String> guardianIdNumbers, School school) {
    }

    Checked check(NewCase c, CurrentUser user) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = LegalTime.today();
        ChildData child = c.child();

        name("child.name", child.name(), errors);
        if (child.birthDate().isAfter(today)) {
            errors.add(new FieldError("child.birthDate", "出生日期不能晚于今天"));
        }
        if (c.dropoutDate().isAfter(today)) {
            errors.add(new FieldError("dropoutDate", "辍学日期不能晚于今天"));
        }
        if (!c.dropoutDate().isAfter(child.birthDate())) {
            errors.add(new FieldError("dropoutDate", "辍学日期必须晚于出生日期"));
        }

        String childId = null;
        if (blank(child.residentIdNumber()) && blank(child.studentRegistryNumber())) {
            errors.add(new FieldError("child.residentIdNumber", "身份证号码和学籍号至少填写一项"));
        } else if (!blank(child.residentIdNumber())) {
            IdNumbers.Result r = IdNumbers.normalise(child.residentIdNumber());
            if (!r.valid()) {
                errors.add(new FieldError("child.residentIdNumber", r.error()));
            } else {
                childId = r.id();
                if (!IdNumbers.birthDateOf(childId).equals(child.birthDate())) {
                    errors.add(new FieldError("child.birthDate", "出生日期与身份证号码不一致"));
                }
                if (IdNumbers.isMale(childId) != (child.gender() == Gender.MALE)) {
                    errors.add(new FieldError("child.gender", "性别与身份证号码不一致"));
                }
            }
        }

        List<String> guardianIds = new ArrayList<>();
        for (int i = 0; i < c.guardians().size(); i++) {
            GuardianData g = c.guardians().get(i);
            String prefix = "guardians[" + i + "].";
            name(prefix + "name", g.name(), errors);
            String gid = null;
            if (!blank(g.residentIdNumber())) {
                IdNumbers.Result r = IdNumbers.normalise(g.residentIdNumber());
                if (!r.valid()) {
                    errors.add(new FieldError(prefix + "residentIdNumber", r.error()));
                } else {
                    gid = r.id();
                }
            }
            guardianIds.add(gid);
        }
        for (int i = 0; i < c.responsiblePersons().size(); i++) {
            name("responsiblePersons[" + i + "].name", c.responsiblePersons().get(i).name(), errors);
        }

        School school = jurisdictions.school(c.schoolCode()).orElse(null);
        if (school == null) {
            errors.add(new FieldError("schoolCode", "学校不存在：" + c.schoolCode()));
        } else if (!user.canSee(school.countyCode(), school.townshipCode(), school.code())) {
            errors.add(new FieldError("schoolCode", "该学校不在您的管辖范围内"));
        } else if (!blank(c.villageCode())) {
            Jurisdiction village = jurisdictions.find(c.villageCode()).orElse(null);
            if (village == null || !school.townshipCode().equals(village.parentCode())) {
                errors.add(new FieldError("villageCode", "村（社区）不存在或不属于学校所在乡镇"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Checked(c, childId, guardianIds, school);
    }

    static void name(String field, String value, List<FieldError> errors) {
        if (value != null && !PersonNames.valid(value)) {
            errors.add(new FieldError(field, PersonNames.INVALID));
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
