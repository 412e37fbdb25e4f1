package cn.fanxiao.deadlines.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fanxiao.deadlines.DeadlineKind;
import cn.fanxiao.deadlines.DeadlineSubjects;
import cn.fanxiao.deadlines.LegalTime;
import cn.fanxiao.shared.NotFoundException;

/** Reading and acknowledging one's own reminders. */
@Service
public class Reminders {

    static final int MAX_LISTED = 500;

    private final DeadlineMapper mapper;
    private final DeadlineSubjects subjects;

    Reminders(DeadlineMapper mapper, DeadlineSubjects subjects) {
        this.mapper = mapper;
        this.subjects = subjects;
    }

    public record Reminder(long id, long caseId, String caseNumber, String childName, long deadlineId,
                           DeadlineKind kind, String label, LocalDate dueDate, boolean overdue, Instant createdAt) {
    }

    @Transactional(readOnly = true)
    public List<Reminder> unread(String username) {
        List<ReminderRow> rows = mapper.unreadReminders(username, MAX_LISTED);
        Map<Long, DeadlineSubjects.Subject> facts = subjects.describe(rows.stream().map(r -> r.caseId).toList());
        return rows.stream().map(r -> {
            DeadlineSubjects.Subject s = facts.get(r.caseId);
            DeadlineKind kind = DeadlineKind.valueOf(r.kind);
            return new Reminder(r.id, r.caseId, s == null ? null : s.caseNumber(), s == null ? null : s.childName(),
                    r.deadlineId, kind, kind.label(), r.dueDate, r.overdue, r.createdAt);
        }).toList();
    }

    public long countUnread(String username) {
        return mapper.countUnread(username);
    }

    @Transactional
    public void markRead(long id, String username) {
        if (mapper.markRead(id, username, LegalTime.now()) == 0) {
            throw new NotFoundException("没有这条未读提醒：" + id);
        }
    }
}
