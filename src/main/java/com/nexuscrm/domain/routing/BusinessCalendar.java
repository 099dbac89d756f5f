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

/**
 * A rep's working time: Monday to Friday, from {@code startHour} to {@code endHour} in the rep's time
 * zone. SLA time only runs inside it. Opening and closing times are local wall-clock times resolved
 * for each day, so a workday keeps its local hours across a DST change and the elapsed time in between
 * is real (a workday that spans a DST switch is an hour shorter or longer).
 */
public record BusinessCalendar(ZoneId zone, int startHour, int endHour) {
    public static final int DEFAULT_START = 9;
    public static final int DEFAULT_END = 17;

    public BusinessCalendar {
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
        return new BusinessCalendar(zone, valid ? start : DEFAULT_START, valid ? end : DEFAULT_END);
    }

    public boolean isWorkday(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
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

    /** "Mon–Fri 09:00–17:00 America/New_York". */
    public String describe() {
        return String.format("Mon–Fri %02d:00–%02d:00 %s", startHour, endHour, zone.getId());
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
