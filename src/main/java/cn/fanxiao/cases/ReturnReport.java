package cn.fanxiao.cases;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** 复学: the date the child was back and the school that took them. */
public record ReturnReport(
        @NotNull(message = "请填写复学日期") LocalDate returnedOn,
        @NotBlank(message = "请选择复学学校") @Size(max = 20) String schoolCode) {
}
