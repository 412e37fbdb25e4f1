package cn.fanxiao.documents.web;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import cn.fanxiao.accounts.CurrentUser;
import cn.fanxiao.accounts.CurrentUsers;
import cn.fanxiao.deadlines.ServiceRecord;
import cn.fanxiao.documents.IssuedDocument;
import cn.fanxiao.documents.internal.ServingDocuments;
import cn.fanxiao.shared.ForbiddenException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** 送达 of issued documents, and their 送达回证. */
@RestController
@Tag(name = "文书", description = "签发（编号、PDF/A 归档、哈希）、下载、更正、作废")
class DocumentServiceController {

    private final ServingDocuments serving;
    private final CurrentUsers users;

    DocumentServiceController(ServingDocuments serving, CurrentUsers users) {
        this.serving = serving;
        this.users = users;
    }

    record Recipient(String recipient, String address) {
    }

    @PostMapping("/api/documents/{id}/services")
    @Operation(summary = "登记已签发文书的送达（文号、签发日期取自归档文书）；之后在送达记录上登记每次送达")
    ResponseEntity<ServiceRecord> serve(@PathVariable long id, @RequestBody Recipient recipient) {
        ServiceRecord record = serving.serve(id, recipient.recipient(), recipient.address(), writer());
        return ResponseEntity.created(URI.create("/api/cases/" + record.caseId() + "/services/" + record.id()))
                .body(record);
    }

    @PostMapping("/api/cases/{caseId}/services/{serviceId}/proof")
    @Operation(summary = "签发送达回证：送达前为供签收的空白回证，送达后载明送达方式、时间、签收人、见证人和证据")
    ResponseEntity<IssuedDocument> proof(@PathVariable long caseId, @PathVariable long serviceId) {
        IssuedDocument issued = serving.proofOfService(caseId, serviceId, writer());
        return ResponseEntity.created(URI.create("/api/documents/" + issued.id())).body(issued);
    }

    private CurrentUser writer() {
        CurrentUser user = users.current();
        if (user.readOnly() || user.role() == cn.fanxiao.accounts.Role.SCHOOL_STAFF) {
            throw new ForbiddenException("文书的送达由乡镇（街道）或教育局工作人员登记");
        }
        return user;
    }
}
