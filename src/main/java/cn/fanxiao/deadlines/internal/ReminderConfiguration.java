package cn.fanxiao.deadlines.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs {@link DeadlineReminderJob} on its cron ({@code fanxiao.reminders.cron}; "-" switches it off). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ReminderConfiguration {
}
