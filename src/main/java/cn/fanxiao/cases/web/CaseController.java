package cn.fanxiao.cases.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.fanxiao.accounts.CurrentUsers;
import cn.fanxiao.cases.CaseSearch;
import cn.fanxiao.cases.CaseService;
import cn.fanxiao.cases.CaseStatus;
import cn.fanxiao.cases.CaseSummary;
import cn.fanxiao.cases.CaseView;
import cn.fanxiao.cases.ClosureRequest;
import cn.fanxiao.cases.NewCase;
import cn.fanxiao.cases.ReturnReport;
import cn.fanxiao.cases.Stage;
import cn.fanxiao.cases.Visit;
import cn.fanxiao.cases.VisitData;
import cn.fanxiao.deadlines.DeadlineStatus;
import cn.fanxiao.deadlines.Deadlines;
import cn.fanxiao.deadlines.LegalTime;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/cases")
@Tag(name = "案件", description = "辍学案件：立案、查询、劝返走访、复学、结案")
@Validated
class CaseController {

    private final CaseService cases;
    private final CurrentUsers users;
    private final Deadlines deadlines;

    CaseController(CaseService cases, CurrentUsers users, Deadlines deadlines) {
        this.cases = cases;
        this.users = users;
        this.deadlines = deadlines;
    }

    @PostMapping
    @Operation(summary = "立案：登记辍学学生并启动四步法流程")
    ResponseEntity<CaseView> open(@Valid @RequestBody NewCase command) {
        CaseView view = cases.open(command, users.current());
        return ResponseEntity.created(URI.create("/api/cases/" + view.id())).body(view);
    }

    @GetMapping("/{id}")
    @Operation(summary = "案件详情（身份证号已脱敏）")
    CaseView get(@PathVariable long id) {
        return cases.get(id, users.current());
    }

    @GetMapping
    @Operation(summary = "查询案件：按乡镇、阶段、状态、是否逾期、学生姓名")
    List<CaseSummary> search(@RequestParam(required = false) String township,
                             @RequestParam(required = false) Stage stage,
                             @RequestParam(required = false) CaseStatus status,
                             @RequestParam(required = false) Boolean overdue,
                             @RequestParam(required = false) String childName,
                             @RequestParam(defaultValue = "0") int page,
                             @RequestParam(defaultValue = "50") int size) {
        return cases.search(new CaseSearch(township, stage, status, overdue, childName, page, size), users.current());
    }

    @GetMapping("/{id}/deadlines")
    @Operation(summary = "案件的全部期限：届满日、剩余天数、计算规则与法律依据")
    List<DeadlineView> deadlines(@PathVariable long id) {
        cases.get(id, users.current());
        java.time.LocalDate today = LegalTime.today();
        return deadlines.forCase(id).stream().map(d -> new DeadlineView(d.kind().name(), d.kind().label(),
                d.triggerDate(), d.amount(), d.unit().label(), d.dueDate(),
                d.status() == DeadlineStatus.OPEN ? d.daysLeft(today) : null, d.overdue(today), d.status(),
                d.rule(), d.basis(), d.statutory(), d.provisional())).toList();
    }

    record DeadlineView(String kind, String label, java.time.LocalDate triggerDate, int amount, String unit,
                        java.time.LocalDate dueDate, Long daysLeft, boolean overdue, DeadlineStatus status,
                        String rule, String basis, boolean statutory, boolean provisional) {
    }

    @PostMapping("/{id}/visits")
    @Operation(summary = "登记劝返走访（家访记录）")
    ResponseEntity<Visit> recordVisit(@PathVariable long id, @Valid @RequestBody VisitData visit) {
        Visit saved = cases.recordVisit(id, visit, users.current());
        return ResponseEntity.created(URI.create("/api/cases/" + id + "/visits/" + saved.id())).body(saved);
    }

    @GetMapping("/{id}/visits")
    @Operation(summary = "劝返走访记录")
    List<Visit> visits(@PathVariable long id) {
        return cases.visits(id, users.current());
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "登记复学：结束强制程序，转入保学")
    ResponseEntity<CaseView> reportReturn(@PathVariable long id, @Valid @RequestBody ReturnReport report) {
        cases.reportReturn(id, report, users.current());
        return ResponseEntity.ok(cases.get(id, users.current()));
    }

    @PostMapping("/{id}/closure")
    @Operation(summary = "结案（附原因代码）")
    ResponseEntity<CaseView> close(@PathVariable long id, @Valid @RequestBody ClosureRequest request) {
        cases.requestClosure(id, request, users.current());
        return ResponseEntity.ok(cases.get(id, users.current()));
    }
}
