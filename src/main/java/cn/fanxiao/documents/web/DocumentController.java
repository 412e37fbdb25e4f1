package cn.fanxiao.documents.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.JsonNode;

import cn.fanxiao.accounts.CurrentUsers;
import cn.fanxiao.documents.DocumentDetails;
import cn.fanxiao.documents.DocumentDetailsReader;
import cn.fanxiao.documents.DocumentNumbers;
import cn.fanxiao.documents.DocumentType;
import cn.fanxiao.documents.IssuedDocument;
import cn.fanxiao.documents.Notices;
import cn.fanxiao.documents.VoidedDocumentNumber;
import cn.fanxiao.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** 文书: issue a case's documents, list them, download the archived PDF, correct or void one. */
@RestController
@Tag(name = "文书", description = "签发（编号、PDF/A 归档、哈希）、下载、更正、作废")
class DocumentController {

    private final Notices notices;
    private final CurrentUsers users;
    private final DocumentNumbers numbers;
    private final DocumentDetailsReader reader;

    DocumentController(Notices notices, CurrentUsers users, DocumentNumbers numbers, DocumentDetailsReader reader) {
        this.notices = notices;
        this.users = users;
        this.numbers = numbers;
        this.reader = reader;
    }

    /** {@code details} is the type's own part (see the OpenAPI schema of each {@code DocumentDetails} record). */
    record IssueRequest(String type, JsonNode details) {
    }

    record ChangeRequest(String reason, JsonNode details) {
    }

    @PostMapping("/api/cases/{caseId}/documents")
    @Operation(summary = "签发文书：核对必备内容，编号，生成 PDF/A 并归档（同一事务）")
    ResponseEntity<IssuedDocument> issue(@PathVariable long caseId, @RequestBody IssueRequest request) {
        DocumentType type = type(request.type());
        IssuedDocument issued = notices.issue(caseId, type, details(type, request.details()), users.current());
        return ResponseEntity.created(URI.create("/api/documents/" + issued.id())).body(issued);
    }

    @GetMapping("/api/cases/{caseId}/documents")
    @Operation(summary = "本案已签发的文书（含已更正、已作废的）")
    List<IssuedDocument> list(@PathVariable long caseId) {
        return notices.forCase(caseId, users.current());
    }

    @GetMapping("/api/documents/{id}")
    @Operation(summary = "文书的归档信息：文号、签发人、时间、哈希、状态")
    IssuedDocument get(@PathVariable long id) {
        return notices.get(id, users.current());
    }

    @GetMapping("/api/documents/{id}/pdf")
    @Operation(summary = "下载归档的 PDF（与签发时逐字节相同；下载记入审计）")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        IssuedDocument doc = notices.get(id, users.current());
        byte[] pdf = notices.pdf(id, users.current());
        String fileName = doc.title() + "-" + doc.number() + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(pdf);
    }

    @PostMapping("/api/documents/{id}/corrections")
    @Operation(summary = "更正：以新文号签发更正后的文书，原文书保留并标记为已被取代")
    ResponseEntity<IssuedDocument> correct(@PathVariable long id, @RequestBody ChangeRequest request) {
        IssuedDocument old = notices.get(id, users.current());
        IssuedDocument corrected = notices.correct(id, details(old.type(), request.details()), request.reason(),
                users.current());
        return ResponseEntity.created(URI.create("/api/documents/" + corrected.id())).body(corrected);
    }

    @PostMapping("/api/documents/{id}/void")
    @Operation(summary = "作废文书：文号不再使用，原因记入审计")
    IssuedDocument voidDocument(@PathVariable long id, @RequestBody ChangeRequest request) {
        return notices.voidDocument(id, request.reason(), users.current());
    }

    private static DocumentType type(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("type", "请选择文书类型");
        }
        try {
            return DocumentType.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("type", "文书类型无效：" + name);
        }
    }

    private DocumentDetails details(DocumentType type, JsonNode details) {
        return reader.read(type, details, "details", false);
    }

    @GetMapping("/api/document-numbers/voided")
    @Operation(summary = "已分配但未使用（签发失败）的文号及原因：文号不重复使用，断号可查")
    List<VoidedDocumentNumber> voidedNumbers(@RequestParam String issuer, @RequestParam int year) {
        return numbers.voided(issuer, year, users.current());
    }
}
