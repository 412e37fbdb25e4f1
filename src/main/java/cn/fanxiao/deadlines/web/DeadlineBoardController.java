package cn.fanxiao.deadlines.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.fanxiao.accounts.CurrentUsers;
import cn.fanxiao.deadlines.DeadlineKind;
import cn.fanxiao.deadlines.internal.DeadlineBoard;
import cn.fanxiao.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code GET /api/deadlines/board}: every open deadline of the caller's county (township officers: their
 * township; school staff: 403), nearest first; {@code /board.csv} the same as a spreadsheet.
 */
@RestController
@RequestMapping("/api/deadlines")
@Tag(name = "期限", description = "法定期间计算")
class DeadlineBoardController {

    static final int MAX_SIZE = 500;
    static final int MAX_WORKING_DAYS = 365;

    private final DeadlineBoard board;
    private final CurrentUsers users;

    DeadlineBoardController(DeadlineBoard board, CurrentUsers users) {
        this.board = board;
        this.users = users;
    }

    @GetMapping("/board")
    @Operation(summary = "期限看板：本辖区所有未届满/已逾期的期限，按届满日排序")
    DeadlineBoard.Page board(@RequestParam(required = false) String township,
                             @RequestParam(required = false) String kind,
                             @RequestParam(required = false) String responsible,
                             @RequestParam(required = false) String overdue,
                             @RequestParam(required = false) String withinWorkingDays,
                             @RequestParam(required = false) String page,
                             @RequestParam(required = false) String size) {
        DeadlineBoard.Filter filter = filter(township, kind, responsible, overdue, withinWorkingDays);
        int p = integer("page", page, 0, 0, 1_000_000, "页码应为 0 或正整数");
        int s = integer("size", size, 50, 1, MAX_SIZE, "每页条数应在 1 到 " + MAX_SIZE + " 之间");
        return board.page(filter, p, s, users.current());
    }

    @GetMapping(value = "/board.csv")
    @Operation(summary = "期限看板导出为 CSV（UTF-8 带 BOM，可直接用 Excel 打开；导出记入审计）")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String township,
                               @RequestParam(required = false) String kind,
                               @RequestParam(required = false) String responsible,
                               @RequestParam(required = false) String overdue,
                               @RequestParam(required = false) String withinWorkingDays) {
        DeadlineBoard.Filter filter = filter(township, kind, responsible, overdue, withinWorkingDays);
        List<DeadlineBoard.Entry> rows = board.export(filter, users.current());
        StringBuilder out = new StringBuilder("\uFEFF");
        Csv.line(out, "案件编号", "学生姓名", "所处阶段", "期限", "届满日", "剩余天数", "剩余工作日", "是否逾期", "是否暂定",
                "包保责任人", "计算规则", "依据");
        for (DeadlineBoard.Entry e : rows) {
            Csv.line(out, e.caseNumber(), e.childName(), e.stage(), e.label(), String.valueOf(e.dueDate()),
                    String.valueOf(e.daysLeft()), String.valueOf(e.workingDaysLeft()), e.overdue() ? "是" : "否",
                    e.provisional() ? "是" : "否", String.join("；", e.responsiblePersons()), e.rule(), e.basis());
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"deadline-board.csv\"; filename*=UTF-8''%E6%9C%9F%E9%99%90%E7%9C%8B%E6%9D%BF.csv")
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static DeadlineBoard.Filter filter(String township, String kind, String responsible, String overdue,
                                               String withinWorkingDays) {
        DeadlineKind k = null;
        if (present(kind)) {
            try {
                k = DeadlineKind.valueOf(kind.strip());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("kind", "期限种类无效：" + kind.strip());
            }
        }
        Boolean o = null;
        if (present(overdue)) {
            o = switch (overdue.strip()) {
                case "true" -> true;
                case "false" -> false;
                default -> throw new InvalidInputException("overdue", "overdue 应为 true 或 false");
            };
        }
        Integer within = present(withinWorkingDays)
                ? integer("withinWorkingDays", withinWorkingDays, 0, 1, MAX_WORKING_DAYS,
                        "工作日数应在 1 到 " + MAX_WORKING_DAYS + " 之间")
                : null;
        if (present(responsible) && responsible.strip().length() > 50) {
            throw new InvalidInputException("responsible", "责任人关键词过长");
        }
        return new DeadlineBoard.Filter(present(township) ? township.strip() : null, k,
                present(responsible) ? responsible.strip() : null, o, within);
    }

    private static int integer(String field, String value, int absent, int min, int max, String message) {
        if (!present(value)) {
            return absent;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInputException(field, message);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
