package cn.fanxiao.deadlines.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.fanxiao.accounts.Jurisdictions;
import cn.fanxiao.deadlines.ComputedDue;
import cn.fanxiao.deadlines.DeadlineCalculator;
import cn.fanxiao.deadlines.PeriodUnit;
import cn.fanxiao.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code GET /api/deadlines/compute}: the period calculator on its own. The answer's shape
 * {@code {"due","provisional","rule","basis"}} is a contract other tools check against: do not change it.
 */
@RestController
@RequestMapping("/api/deadlines")
@Tag(name = "期限", description = "法定期间计算")
class DeadlineComputeController {

    static final int MAX_AMOUNT = 3650;

    private final DeadlineCalculator calculator;
    private final Jurisdictions jurisdictions;

    DeadlineComputeController(DeadlineCalculator calculator, Jurisdictions jurisdictions) {
        this.calculator = calculator;
        this.jurisdictions = jurisdictions;
    }

    @GetMapping("/compute")
    @Operation(summary = "计算期间届满日：from 为送达（触发）之日，不计入期间")
    ComputedDue compute(@RequestParam String from, @RequestParam String amount, @RequestParam String unit,
                        @RequestParam(required = false) String jurisdiction) {
        LocalDate start;
        try {
            start = LocalDate.parse(from.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("from", "日期格式不正确，应为 YYYY-MM-DD");
        }
        if (start.getYear() < 2000 || start.getYear() > 2089) {
            throw new InvalidInputException("from", "日期应在2000年至2089年之间");
        }
        int n;
        try {
            n = Integer.parseInt(amount.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("amount", "期间长度应为整数");
        }
        if (n <= 0 || n > MAX_AMOUNT) {
            throw new InvalidInputException("amount", "期间长度应在 1 到 " + MAX_AMOUNT + " 之间");
        }
        PeriodUnit u;
        try {
            u = PeriodUnit.valueOf(unit.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("unit", "期间单位无效，可选：CALENDAR_DAYS、WORKING_DAYS、MONTHS、DEEMED_SERVICE");
        }
        if (u == PeriodUnit.MONTHS && n > MAX_AMOUNT / 30) {
            throw new InvalidInputException("amount", "按月计算的期间不超过 " + MAX_AMOUNT / 30 + " 个月");
        }
        if (jurisdiction != null && !jurisdiction.isBlank() && jurisdictions.find(jurisdiction.strip()).isEmpty()) {
            throw new InvalidInputException("jurisdiction", "行政区划不存在：" + jurisdiction);
        }
        return calculator.compute(start, n, u, jurisdiction == null ? null : jurisdiction.strip());
    }
}
