package cn.fanxiao.cases;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What staff enter to open a dropout case. Field-level checks here; cross-field checks in {@code CaseService}. */
public record NewCase(
        @NotNull(message = "请填写学生信息") @Valid ChildData child,
        @NotEmpty(message = "至少填写一名监护人") @Size(max = 6, message = "监护人最多6名") List<@Valid GuardianData> guardians,
        @NotBlank(message = "请选择学校") @Size(max = 20) String schoolCode,
        @Size(max = 12) String villageCode,
        @NotBlank(message = "请填写年级") @Size(max = 20) String grade,
        @Size(max = 20) String className,
        @NotNull(message = "请选择辍学原因") ReasonCategory reasonCategory,
        @Size(max = 500) String reasonDetail,
        @NotNull(message = "请填写辍学日期") LocalDate dropoutDate,
        @Size(max = 10, message = "包保责任人最多10名") List<@Valid ResponsiblePersonData> responsiblePersons) {

    public NewCase {
        responsiblePersons = responsiblePersons == null ? List.of() : responsiblePersons;
    }
}
