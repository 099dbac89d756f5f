package com.nexuscrm.domain.campaign;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** When touches may reach a recipient: weekdays from {@code opens} to {@code closes}, in the recipient's time zone. */
public record SendWindow(LocalTime opens, LocalTime closes) {
    public static final SendWindow BUSINESS_HOURS = new SendWindow(LocalTime.of(8, 0), LocalTime.of(18, 0));

    public SendWindow {
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("The send window must open before it closes.");
        }
    }

    public boolean isOpen(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        LocalTime time = local.toLocalTime();
        return weekday(local.toLocalDate()) && !time.isBefore(opens) && time.isBefore(closes);
    }

    /** {@code at} itself when the window is open then, else when it next opens. */
    public Instant nextOpen(Instant at, ZoneId zone) {
        if (isOpen(at, zone)) {
            return at;
        }
        ZonedDateTime local = at.atZone(zone);
        LocalDate day = local.toLocalTime().isBefore(opens) ? local.toLocalDate() : local.toLocalDate().plusDays(1);
        while (!weekday(day)) {
            day = day.plusDays(1);
        }
        return day.atTime(opens).atZone(zone).toInstant();
    }

    private static boolean weekday(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
