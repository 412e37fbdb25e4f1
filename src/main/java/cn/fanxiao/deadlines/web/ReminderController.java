package cn.fanxiao.deadlines.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.fanxiao.accounts.CurrentUsers;
import cn.fanxiao.deadlines.internal.Reminders;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The signed-in user's in-app deadline reminders (written each morning by the reminder job). */
@RestController
@RequestMapping("/api/reminders")
@Tag(name = "提醒", description = "期限提醒")
class ReminderController {

    private final Reminders reminders;
    private final CurrentUsers users;

    ReminderController(Reminders reminders, CurrentUsers users) {
        this.reminders = reminders;
        this.users = users;
    }

    @GetMapping
    @Operation(summary = "我的未读期限提醒，按届满日排序")
    List<Reminders.Reminder> unread() {
        return reminders.unread(users.current().username());
    }

    @GetMapping("/count")
    @Operation(summary = "未读提醒数（任务列表角标）")
    Map<String, Long> count() {
        return Map.of("unread", reminders.countUnread(users.current().username()));
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "标为已读")
    ResponseEntity<Void> read(@PathVariable long id) {
        reminders.markRead(id, users.current().username());
        return ResponseEntity.noContent().build();
    }
}
