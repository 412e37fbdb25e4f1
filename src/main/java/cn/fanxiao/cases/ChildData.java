package cn.fanxiao.cases;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record ChildData(
        @NotBlank(message = "请填写学生姓名") @Size(max = 50, message = "姓名过长") String name,
        @NotNull(message = "请选择性别") Gender gender,
        @NotNull(message = "请填写出生日期") LocalDate birthDate,
        @Size(max = 18) String residentIdNumber,
        @Size(max = 30) String studentRegistryNumber,
        @Size(max = 20) String ethnicity,
        @Size(max = 200) String householdAddress,
        boolean lowIncome,
        boolean disabled,
        boolean leftBehind,
        boolean migrant) {
}
