package com.nexuscrm.domain.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.FieldError;
import com.nexuscrm.domain.User;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The team's SLA policy: holidays and custom working days in business time (DST-safe), default hours, warning, checks. */
class SlaPolicyTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static Instant at(String utc) {
        return Instant.parse(utc);
    }

    private static SlaPolicy policy(Set<DayOfWeek> days, int start, int end, String... holidays) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (String h : holidays) {
            dates.add(LocalDate.parse(h));
        }
        return new SlaPolicy(days, start, end, dates, 20, true, 0);
    }

    @Test
    void theDefaultIsTheOldCalendarAndWarning() {
        BusinessCalendar old = BusinessCalendar.standard(NEW_YORK);
        BusinessCalendar team = BusinessCalendar.standard(NEW_YORK, SlaPolicy.DEFAULT);
        assertEquals(old, team);
        assertEquals(List.of(), SlaPolicy.DEFAULT.problems());
        assertEquals(SlaClock.warning(Duration.ofMinutes(240)), SlaPolicy.DEFAULT.warning(Duration.ofMinutes(240)));
        assertEquals("Mon–Fri 09:00–17:00 America/New_York", team.describe());
    }

    @Test
    void aHolidayStopsSlaTime() {
        BusinessCalendar calendar = BusinessCalendar.standard(NEW_YORK, policy(SlaPolicy.WEEKDAYS, 9, 17, "2026-11-03"));
        // Monday 16:50 EST + 30: 10 today; Tuesday is a holiday; 20 from Wednesday 09:00.
        assertEquals(at("2026-11-04T14:20:00Z"), calendar.plusMinutes(at("2026-11-02T21:50:00Z"), 30));
        assertEquals(Duration.ZERO, calendar.between(at("2026-11-03T13:00:00Z"), at("2026-11-03T23:00:00Z")));
        assertFalse(calendar.isOpen(at("2026-11-03T16:00:00Z")));
        assertTrue(calendar.isOpen(at("2026-11-04T16:00:00Z")));
        assertEquals("Mon–Fri 09:00–17:00 America/New_York, 1 holiday", calendar.describe());
    }

    @Test
    void aSundayToThursdayWeek() {
        Set<DayOfWeek> sundayToThursday = EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY);
        BusinessCalendar dubai = BusinessCalendar.standard(ZoneId.of("Asia/Dubai"), policy(sundayToThursday, 9, 17));
        // Thursday 16:00 (12:00Z) + 120: one hour on Thursday, Friday and Saturday off, Sunday 10:00 (06:00Z).
        assertEquals(at("2026-11-08T06:00:00Z"), dubai.plusMinutes(at("2026-11-05T12:00:00Z"), 120));
        assertEquals(Duration.ofMinutes(120), dubai.between(at("2026-11-05T12:00:00Z"), at("2026-11-08T06:00:00Z")));
        assertTrue(dubai.isOpen(at("2026-11-08T08:00:00Z")), "Sunday is a working day");
        assertEquals("Sun–Thu", new SlaPolicy(sundayToThursday, 9, 17, new TreeSet<>(), 20, true, 0).describeDays());
    }

    @Test
    void aHolidayAfterSpringForwardKeepsLocalOpeningHours() {
        // DST starts in New York on Sunday 8 March 2026; Monday the 9th is a holiday. Friday 16:00 EST (21:00Z) + 120:
        // one hour Friday, none on the weekend or the holiday, Tuesday 10:00 EDT = 14:00Z.
        BusinessCalendar calendar = BusinessCalendar.standard(NEW_YORK, policy(SlaPolicy.WEEKDAYS, 9, 17, "2026-03-09"));
        Instant due = calendar.plusMinutes(at("2026-03-06T21:00:00Z"), 120);
        assertEquals(at("2026-03-10T14:00:00Z"), due);
        assertEquals(Duration.ofMinutes(120), calendar.between(at("2026-03-06T21:00:00Z"), due));
    }

    @Test
    void aRepWithoutHoursWorksTheTeamsDefaultHoursAndARepWithHoursKeepsThem() {
        SlaPolicy early = policy(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY), 7, 15, "2026-11-03");
        User none = new User();
        none.setTimeZone("America/New_York");
        BusinessCalendar team = BusinessCalendar.of(none, ZoneId.of("UTC"), early);
        assertEquals(7, team.startHour());
        assertEquals(15, team.endHour());
        User own = new User();
        own.setTimeZone("America/New_York");
        own.setWorkdayStart(10);
        own.setWorkdayEnd(18);
        BusinessCalendar mine = BusinessCalendar.of(own, ZoneId.of("UTC"), early);
        assertEquals(10, mine.startHour());
        assertFalse(mine.isWorkday(LocalDate.parse("2026-11-03")), "the team's holiday holds for every rep");
        assertFalse(mine.isWorkday(LocalDate.parse("2026-11-04")), "and so do its working days");
    }

    @Test
    void theWarningShareIsTheTeams() {
        SlaPolicy half = new SlaPolicy(SlaPolicy.WEEKDAYS, 9, 17, new TreeSet<>(), 50, true, 0);
        assertEquals(Duration.ofMinutes(30), half.warning(Duration.ofMinutes(60)));
        assertEquals(Duration.ofMinutes(1), half.warning(Duration.ofSeconds(30)), "at least a minute");
    }

    @Test
    void everyProblemIsNamedByItsField() {
        SlaPolicy broken = new SlaPolicy(Set.of(), 18, 9, new TreeSet<>(), 0, true, -5);
        List<String> fields = broken.problems().stream().map(FieldError::field).toList();
        assertEquals(List.of("Working days", "Working hours", "Warn when left", "Escalate after"), fields);
        assertEquals(List.of("Working hours, to"), new SlaPolicy(SlaPolicy.WEEKDAYS, 9, 25, new TreeSet<>(), 20, false, 0)
                .problems().stream().map(FieldError::field).toList());
    }
}
