package cn.fanxiao.enforcement.web;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import cn.fanxiao.accounts.CurrentUsers;
import cn.fanxiao.enforcement.BulkIssuance;
import cn.fanxiao.enforcement.BulkIssuances;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** 批量签发: every notice due at a step in a township, signed in the background; its progress is polled. */
@RestController
@Tag(name = "批量签发", description = "一个乡镇（街道）某一步骤待签发的全部通知书，后台签发，可查进度")
class BulkIssuanceController {

    private final BulkIssuances bulk;
    private final CurrentUsers users;

    BulkIssuanceController(BulkIssuances bulk, CurrentUsers users) {
        this.bulk = bulk;
        this.users = users;
    }

    /** e.g. {@code {"townshipCode": "539911102", "taskKey": "signOrderToReturn"}} */
    record BulkRequest(String townshipCode, String taskKey) {
    }

    @PostMapping("/api/bulk-issuances")
    @Operation(summary = "批量签发：该乡镇停在此签发任务的全部案件，后台逐案签发（202，随后查询进度）")
    ResponseEntity<BulkIssuance> start(@RequestBody BulkRequest request) {
        BulkIssuance started = bulk.start(request.townshipCode(), request.taskKey(), users.current());
        return ResponseEntity.accepted().location(URI.create("/api/bulk-issuances/" + started.id())).body(started);
    }

    @GetMapping("/api/bulk-issuances/{id}")
    @Operation(summary = "批量签发进度：总数、已签发、失败（逐案原因，案件任务保持待办）")
    BulkIssuance get(@PathVariable long id) {
        return bulk.get(id, users.current());
    }
}
