package cn.fanxiao.deadlines.internal;

import java.time.Instant;
import java.time.LocalDate;

/** One in-app reminder ({@code fx_reminder}); MyBatis writes the generated id back into {@code id}. */
public class ReminderRow {
    Long id;
    String username;
    long caseId;
    long deadlineId;
    String kind;
    LocalDate dueDate;
    boolean overdue;
    LocalDate remindOn;
    Instant createdAt;
    Instant readAt;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getUsername() {
        return username;
    }

    public long getCaseId() {
        return caseId;
    }

    public long getDeadlineId() {
        return deadlineId;
    }

    public String getKind() {
        return kind;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public LocalDate getRemindOn() {
        return remindOn;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
