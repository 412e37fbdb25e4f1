package cn.fanxiao.deadlines.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;

/**
 * Every day from {@link #FIRST} to {@link #LAST}, classified once: a working-day period is then two array reads,
 * not a day-by-day loop. {@code countBefore[i]} is the number of working days strictly before day {@code i};
 * {@code working[k]} is the day index of the k-th working day (0-based).
 */
final class WorkingDayIndex {

    static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
    static final LocalDate LAST = LocalDate.of(2099, 12, 31);
    private static final long FIRST_EPOCH = FIRST.toEpochDay();

    private final boolean[] isWorking;
    private final int[] countBefore;
    private final int[] working;
    private final boolean[] publishedYear;

    /**
     * @param holidays days off (statutory, bridging and local holidays)
     * @param makeUpWorkdays weekend days declared working days (调休上班)
     * @param makeUpCounts whether those count as working days for legal periods (per-jurisdiction policy)
     * @param publishedYears years whose State Council notice is loaded
     */
    WorkingDayIndex(Set<LocalDate> holidays, Set<LocalDate> makeUpWorkdays, boolean makeUpCounts,
                    Set<Integer> publishedYears) {
        int days = (int) (LAST.toEpochDay() - FIRST_EPOCH + 1);
        isWorking = new boolean[days];
        countBefore = new int[days + 1];
        int[] positions = new int[days];
        int n = 0;
        for (int i = 0; i < days; i++) {
            LocalDate d = FIRST.plusDays(i);
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            boolean off = holidays.contains(d) || (weekend && !(makeUpCounts && makeUpWorkdays.contains(d)));
            isWorking[i] = !off;
            countBefore[i] = n;
            if (!off) {
                positions[n++] = i;
            }
        }
        countBefore[days] = n;
        working = Arrays.copyOf(positions, n);
        publishedYear = new boolean[LAST.getYear() - FIRST.getYear() + 1];
        publishedYears.stream().filter(y -> y >= FIRST.getYear() && y <= LAST.getYear())
                .forEach(y -> publishedYear[y - FIRST.getYear()] = true);
    }

    boolean isWorkingDay(LocalDate day) {
        return isWorking[index(day)];
    }

    /** The {@code n}-th working day after {@code trigger} (the trigger day itself never counts). */
    LocalDate addWorkingDays(LocalDate trigger, int n) {
        int k = countBefore[index(trigger) + 1] + n - 1;
        if (k >= working.length) {
            throw new IllegalArgumentException("beyond " + LAST);
        }
        return day(working[k]);
    }

    /** Working days in ({@code from}, {@code to}]; the negative count of ({@code to}, {@code from}] when {@code to} is earlier. */
    int workingDaysBetween(LocalDate from, LocalDate to) {
        return countBefore[index(to) + 1] - countBefore[index(from) + 1];
    }

    /** {@code day} if it is a working day, else the first working day after it. */
    LocalDate rollForward(LocalDate day) {
        int i = index(day);
        if (isWorking[i]) {
            return day;
        }
        int k = countBefore[i];
        if (k >= working.length) {
            throw new IllegalArgumentException("beyond " + LAST);
        }
        return day(working[k]);
    }

    /** Whether every year from {@code from} to {@code to} has its State Council notice loaded. */
    boolean published(LocalDate from, LocalDate to) {
        for (int y = from.getYear(); y <= to.getYear(); y++) {
            if (!publishedYear[y - FIRST.getYear()]) {
                return false;
            }
        }
        return true;
    }

    static boolean inRange(LocalDate day) {
        return !day.isBefore(FIRST) && !day.isAfter(LAST);
    }

    private static int index(LocalDate day) {
        if (!inRange(day)) {
            throw new IllegalArgumentException(day + " is outside " + FIRST + " … " + LAST);
        }
        return (int) (day.toEpochDay() - FIRST_EPOCH);
    }

    private static LocalDate day(int index) {
        return LocalDate.ofEpochDay(FIRST_EPOCH + index);
    }
}
