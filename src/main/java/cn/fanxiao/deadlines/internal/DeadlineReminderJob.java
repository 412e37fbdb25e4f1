package cn.fanxiao.deadlines.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.fanxiao.accounts.Accounts;
import cn.fanxiao.deadlines.Deadline;
import cn.fanxiao.deadlines.DeadlineSubjects;
import cn.fanxiao.deadlines.LegalCalendar;
import cn.fanxiao.deadlines.LegalTime;

/**
 * Every morning: for each responsible person with a Fanxiao account, the open deadlines due within
 * {@code fanxiao.reminders.within-working-days} working days and the overdue ones become in-app reminders
 * ({@code fx_reminder}, at most one per user, deadline and day), and — when {@code spring.mail.host} is set — one
 * plain-text e-mail per user listing the new ones (child name and case number only).
 */
@Component
public class DeadlineReminderJob {

    private static final Logger log = LoggerFactory.getLogger(DeadlineReminderJob.class);

    private final DeadlineMapper mapper;
    private final DeadlineSubjects subjects;
    private final LegalCalendar calendar;
    private final Accounts accounts;
    private final ObjectProvider<JavaMailSender> mail;
    private final TransactionTemplate tx;
    private final int withinWorkingDays;
    private final String from;

    DeadlineReminderJob(DeadlineMapper mapper, DeadlineSubjects subjects, LegalCalendar calendar, Accounts accounts,
                        ObjectProvider<JavaMailSender> mail, TransactionTemplate tx,
                        @Value("${fanxiao.reminders.within-working-days:3}") int withinWorkingDays,
                        @Value("${fanxiao.reminders.from:noreply@fanxiao.local}") String from) {
        this.mapper = mapper;
        this.subjects = subjects;
        this.calendar = calendar;
        this.accounts = accounts;
        this.mail = mail;
        this.tx = tx;
        this.withinWorkingDays = withinWorkingDays;
        this.from = from;
    }

    @Scheduled(cron = "${fanxiao.reminders.cron:0 0 7 * * *}", zone = "Asia/Shanghai")
    void scheduled() {
        int created = run();
        log.info("deadline reminders: {} new", created);
    }

    /** One run for the legal "today"; returns how many reminders it added. */
    public int run() {
        LocalDate today = LegalTime.today();
        Map<String, List<Item>> fresh = tx.execute(status -> collect(today));
        if (fresh == null) {
            return 0;
        }
        JavaMailSender sender = mail.getIfAvailable();
        if (sender != null) {
            fresh.forEach((username, items) -> send(sender, username, items));
        }
        return fresh.values().stream().mapToInt(List::size).sum();
    }

    private Map<String, List<Item>> collect(LocalDate today) {
        // calendar days are a superset of working days: narrow with the row's own calendar below
        List<DeadlineMapper.BoardRow> candidates = mapper.openDueBy(today.plusDays(withinWorkingDays * 2L + 21));
        List<DeadlineMapper.BoardRow> due = candidates.stream()
                .filter(r -> r.deadline().overdue(today)
                        || calendar.workingDaysBetween(today, r.deadline().dueDate(), r.calendarCode()) <= withinWorkingDays)
                .toList();
        Map<Long, DeadlineSubjects.Subject> facts = subjects.describe(due.stream().map(r -> r.deadline().caseId()).toList());
        Map<String, List<Item>> fresh = new LinkedHashMap<>();
        for (DeadlineMapper.BoardRow row : due) {
            Deadline d = row.deadline();
            DeadlineSubjects.Subject s = facts.get(d.caseId());
            if (s == null) {
                continue;
            }
            for (String username : s.responsibleUsernames().stream().distinct().toList()) {
                if (mapper.reminderExists(username, d.id(), today) > 0) {
                    continue;
                }
                ReminderRow r = new ReminderRow();
                r.username = username;
                r.caseId = d.caseId();
                r.deadlineId = d.id();
                r.dueDate = d.dueDate();
                r.overdue = d.overdue(today);
                r.remindOn = today;
                r.createdAt = LegalTime.now();
                mapper.insertReminder(r);
                fresh.computeIfAbsent(username, u -> new ArrayList<>()).add(new Item(s, d, r.overdue));
            }
        }
        return fresh;
    }

    private void send(JavaMailSender sender, String username, List<Item> items) {
        accounts.email(username).ifPresent(address -> {
            StringBuilder text = new StringBuilder("您好：\n\n您包保的控辍保学案件有以下期限需要关注：\n\n");
            for (Item i : items) {
                text.append(i.overdue() ? "【已逾期】" : "【即将届满】").append(i.subject().caseNumber()).append(' ')
                        .append(i.subject().childName()).append('：').append(i.deadline().kind().label())
                        .append("，届满日 ").append(i.deadline().dueDate()).append('\n');
            }
            text.append("\n请登录返校系统查看并及时办理。本邮件由系统自动发送，请勿回复。\n");
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(address);
            message.setSubject("返校：" + items.size() + " 项期限提醒");
            message.setText(text.toString());
            try {
                sender.send(message);
            } catch (MailException e) {
                // the in-app reminders stand; the address is not logged
                log.warn("reminder e-mail to user {} failed: {}", username, e.getMessage());
            }
        });
    }

    private record Item(DeadlineSubjects.Subject subject, Deadline deadline, boolean overdue) {
    }
}
