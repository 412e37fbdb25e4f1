package cn.fanxiao.cases.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.fanxiao.accounts.CurrentUser;
import cn.fanxiao.accounts.CurrentUsers;
import cn.fanxiao.accounts.Role;
import cn.fanxiao.cases.CaseService;
import cn.fanxiao.cases.CaseStatus;
import cn.fanxiao.cases.CaseView;
import cn.fanxiao.deadlines.NewService;
import cn.fanxiao.deadlines.NewServiceAttempt;
import cn.fanxiao.deadlines.ServedDocument;
import cn.fanxiao.deadlines.ServiceRecord;
import cn.fanxiao.deadlines.ServiceRecords;
import cn.fanxiao.shared.ConflictException;
import cn.fanxiao.shared.ForbiddenException;
import cn.fanxiao.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * 送达: the service records of a case's documents. The served date recorded here is what starts the document's
 * periods; completing the process's 送达 task takes it from here.
 */
@RestController
@RequestMapping("/api/cases/{caseId}/services")
@Tag(name = "送达", description = "文书送达记录：直接、留置、邮寄、电子、公告送达及每次送达的证据")
class CaseServiceController {

    private final CaseService cases;
    private final CurrentUsers users;
    private final ServiceRecords services;

    CaseServiceController(CaseService cases, CurrentUsers users, ServiceRecords services) {
        this.cases = cases;
        this.users = users;
        this.services = services;
    }

    @GetMapping
    @Operation(summary = "本案全部送达记录（含每次送达尝试及证据）")
    List<ServiceRecord> list(@PathVariable long caseId) {
        cases.get(caseId, users.current());
        return services.forCase(caseId);
    }

    @GetMapping("/{serviceId}")
    @Operation(summary = "一份文书的送达记录")
    ServiceRecord get(@PathVariable long caseId, @PathVariable long serviceId) {
        cases.get(caseId, users.current());
        return services.find(caseId, serviceId).orElseThrow(() -> new NotFoundException("送达记录不存在：" + serviceId));
    }

    @PostMapping
    @Operation(summary = "登记待送达文书（文书、文号、签发日期、受送达人、地址）")
    ResponseEntity<ServiceRecord> open(@PathVariable long caseId, @RequestBody NewService service) {
        CurrentUser user = users.current();
        writableCase(caseId, user, service.document());
        ServiceRecord record = services.open(caseId, service, user.username());
        return ResponseEntity.created(URI.create("/api/cases/" + caseId + "/services/" + record.id())).body(record);
    }

    @PostMapping("/{serviceId}/attempts")
    @Operation(summary = "登记一次送达：成功即为送达（公告送达自发布之日起满法定期间视为送达），未成功须写明原因；每次均须登记证据")
    ResponseEntity<ServiceRecord> attempt(@PathVariable long caseId, @PathVariable long serviceId,
                                          @RequestBody NewServiceAttempt attempt) {
        CurrentUser user = users.current();
        ServiceRecord existing = services.find(caseId, serviceId)
                .orElseThrow(() -> new NotFoundException("送达记录不存在：" + serviceId));
        CaseView c = writableCase(caseId, user, existing.document());
        ServiceRecord record = services.recordAttempt(caseId, serviceId, attempt, c.townshipCode(), user.username());
        return ResponseEntity.ok(record);
    }

    /**
     * Township and bureau staff serve the government's documents; a school may serve only the step-1 return
     * notice it issues with the township; auditors read.
     */
    private CaseView writableCase(long caseId, CurrentUser user, ServedDocument document) {
        CaseView c = cases.get(caseId, user);
        if (user.readOnly()) {
            throw new ForbiddenException("审计角色只能查看，不能修改");
        }
        if (user.role() == Role.SCHOOL_STAFF && document != ServedDocument.RETURN_NOTICE) {
            throw new ForbiddenException("学校只能登记入学（复学）通知书的送达；其他文书由乡镇或教育局送达");
        }
        if (c.status() != CaseStatus.OPEN) {
            throw new ConflictException("caseId", "案件已复学或结案，不能再登记送达");
        }
        return c;
    }
}
