package cn.fanxiao.audit;

import java.time.Instant;

/**
 * One line of a case's timeline: who did what, when. {@code source} is {@code CASE} for our own audit log and
 * {@code PROCESS} for the engine's history (tasks started and completed, timers fired, steps entered).
 */
public record TimelineEntry(Instant at, String actor, String source, String type, String summary) {
}
