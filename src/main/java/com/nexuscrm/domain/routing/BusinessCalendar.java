package com.nexuscrm.domain.routing;

import com.nexuscrm.domain.User;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * A rep's working time: the team's working days (Monday to Friday unless the team's {@link SlaPolicy} says
 * otherwise) except its holidays, from {@code startHour} to {@code endHour} in the rep's time
 * zone. SLA time only runs inside it. Opening and closing times are local wall-clock times resolved
 * for each day, so a workday keeps its local hours across a DST change and the elapsed time in between
 * is real (a workday that spans a DST switch is an hour shorter or longer).
 */
public record BusinessCalendar(ZoneId zone, int startHour, int endHour, Set<DayOfWeek> workdays, Set<LocalDate> holidays) {
    public static final int DEFAULT_START = 9;
    public static final int DEFAULT_END = 17;

    /** Monday to Friday without holidays. */
    public BusinessCalendar(ZoneId zone, int startHour, int endHour) {
        this(zone, startHour, endHour, SlaPolicy.WEEKDAYS, Set.of());
    }

    public BusinessCalendar {
        workdays = workdays == null || workdays.isEmpty() ? SlaPolicy.WEEKDAYS : Set.copyOf(workdays);
        holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
        if (zone == null) {
            throw new IllegalArgumentException("A business calendar needs a time zone");
        }
        if (startHour < 0 || endHour > 24 || startHour >= endHour) {
            throw new IllegalArgumentException("Working hours " + startHour + "-" + endHour
                    + " are not a day's hours; the start must be before the end, within 0-24");
        }
    }

    /** 09:00 to 17:00, Monday to Friday. */
    public static BusinessCalendar standard(ZoneId zone) {
        return new BusinessCalendar(zone, DEFAULT_START, DEFAULT_END);
    }

    /**
     * The user's calendar. An unset or unknown time zone falls back to {@code fallbackZone}; unset or
     * impossible hours (say 0-0, the value of a user record that never had them) fall back to 09-17.
     */
    public static BusinessCalendar of(User user, ZoneId fallbackZone) {
        return of(user, fallbackZone, SlaPolicy.DEFAULT);
    }

    /**
     * The user's calendar within the team's policy: the team's working days and holidays; the user's own hours,
     * or the team's default hours when the user has none (or impossible ones).
     */
    public static BusinessCalendar of(User user, ZoneId fallbackZone, SlaPolicy policy) {
        ZoneId zone = fallbackZone;
        if (user.getTimeZone() != null && !user.getTimeZone().isBlank()) {
            try {
                zone = ZoneId.of(user.getTimeZone().trim());
            } catch (DateTimeException e) {
                zone = fallbackZone;
            }
        }
        int start = user.getWorkdayStart();
        int end = user.getWorkdayEnd();
        boolean valid = start >= 0 && end <= 24 && start < end;
        return valid ? new BusinessCalendar(zone, start, end, policy.workdays(), policy.holidays())
                : standard(zone, policy);
    }

    /** The team's default hours, days and holidays in that zone (the SDR queue's calendar when it has no manager). */
    public static BusinessCalendar standard(ZoneId zone, SlaPolicy policy) {
        return new BusinessCalendar(zone, policy.startHour(), policy.endHour(), policy.workdays(), policy.holidays());
    }

    /** A working day of the team that is not one of its holidays. */
    public boolean isWorkday(LocalDate day) {
        return workdays.contains(day.getDayOfWeek()) && !holidays.contains(day);
    }

    /** When work starts on that day (a start inside a DST gap moves to the first valid time after it). */
    public Instant opens(LocalDate day) {
        return at(day, startHour);
    }

    public Instant closes(LocalDate day) {
        return at(day, endHour);
    }

    private Instant at(LocalDate day, int hour) {
        return hour == 24 ? day.plusDays(1).atStartOfDay(zone).toInstant()
                : ZonedDateTime.of(day, LocalTime.of(hour, 0), zone).toInstant();
    }

    private LocalDate dayOf(Instant t) {
        return t.atZone(zone).toLocalDate();
    }

    public boolean isOpen(Instant t) {
        LocalDate day = dayOf(t);
        return isWorkday(day) && !t.isBefore(opens(day)) && t.isBefore(closes(day));
    }

    /** The instant {@code amount} of business time after {@code start}; business time only runs while open. */
    public Instant plus(Instant start, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("Business time to add must not be negative: " + amount);
        }
        Instant t = start;
        Duration left = amount;
        for (LocalDate day = dayOf(start); !left.isZero(); day = day.plusDays(1)) {
            if (!isWorkday(day)) {
                continue;
            }
            Instant open = opens(day);
            Instant close = closes(day);
            if (t.isBefore(open)) {
                t = open;
            }
            if (t.isBefore(close)) {
                Duration available = Duration.between(t, close);
                if (left.compareTo(available) <= 0) {
                    return t.plus(left);
                }
                left = left.minus(available);
                t = close;
            }
        }
        return t;
    }

    /** {@link #plus(Instant, Duration)} in minutes. */
    public Instant plusMinutes(Instant start, long minutes) {
        return plus(start, Duration.ofMinutes(minutes));
    }

    /** Business time from {@code from} to {@code to}; negative when {@code to} is earlier. */
    public Duration between(Instant from, Instant to) {
        if (to.isBefore(from)) {
            return between(to, from).negated();
        }
        Duration total = Duration.ZERO;
        LocalDate last = dayOf(to);
        for (LocalDate day = dayOf(from); !day.isAfter(last); day = day.plusDays(1)) {
            if (isWorkday(day)) {
                Instant start = max(from, opens(day));
                Instant end = min(to, closes(day));
                if (start.isBefore(end)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    /** "Mon–Fri 09:00–17:00 America/New_York", and how many holidays when there are any. */
    public String describe() {
        String days = new SlaPolicy(workdays, startHour, endHour, new java.util.TreeSet<>(), 20, true, 0).describeDays();
        return String.format("%s %02d:00–%02d:00 %s", days, startHour, endHour, zone.getId())
                + (holidays.isEmpty() ? "" : ", " + holidays.size() + (holidays.size() == 1 ? " holiday" : " holidays"));
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
