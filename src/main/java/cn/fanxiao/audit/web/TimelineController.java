package cn.fanxiao.audit.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.fanxiao.accounts.CurrentUsers;
import cn.fanxiao.audit.AuditTrail;
import cn.fanxiao.audit.TimelineEntry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/cases/{id}")
@Tag(name = "审计", description = "案件时间线与审计链校验")
class TimelineController {

    private final AuditTrail trail;
    private final CurrentUsers users;

    TimelineController(AuditTrail trail, CurrentUsers users) {
        this.trail = trail;
        this.users = users;
    }

    @GetMapping("/timeline")
    @Operation(summary = "案件时间线：业务事件与流程历史合并，按时间先后")
    List<TimelineEntry> timeline(@PathVariable long id) {
        return trail.timeline(id, users.current());
    }

    @GetMapping("/audit/verify")
    @Operation(summary = "校验案件审计记录的哈希链是否完整")
    AuditTrail.ChainCheck verify(@PathVariable long id) {
        return trail.verify(id, users.current());
    }
}
