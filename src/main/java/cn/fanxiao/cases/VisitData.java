package cn.fanxiao.cases;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One persuasion / home visit (劝返记录, legal-process.md §4.3 (2)). */
public record VisitData(
        @NotNull(message = "请填写走访时间") Instant visitedAt,
        @NotBlank(message = "请填写走访地点") @Size(max = 200) String place,
        @NotNull(message = "请选择走访方式") VisitMethod method,
        @NotBlank(message = "请填写参加人员") @Size(max = 300) String participants,
        @NotBlank(message = "请填写见到的人员") @Size(max = 300) String personsMet,
        @NotBlank(message = "请填写原因分析") @Size(max = 1000) String reasonAnalysis,
        @NotNull(message = "请选择劝返结果") VisitOutcome outcome,
        LocalDate agreedReturnDate,
        @Size(max = 500) String nextStep) {
}
