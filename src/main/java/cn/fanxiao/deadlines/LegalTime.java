package cn.fanxiao.deadlines;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The legal day: Asia/Shanghai, set explicitly, never the server's zone. "Now" comes from the engine's clock
 * so that a moved clock (tests, benchmarks) moves every legal date consistently.
 */
public final class LegalTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private LegalTime() {
    }

    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public static LocalDate today() {
        return LocalDate.ofInstant(now(), ZONE);
    }

    /** The first moment of a legal day, as the engine wants timer dates. */
    public static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(ZONE).toInstant());
    }

    /** A period's last day ends at 24:00 (民法典 Art. 203): the moment the deadline has passed. */
    public static Date endOf(LocalDate lastDay) {
        return startOf(lastDay.plusDays(1));
    }
}
