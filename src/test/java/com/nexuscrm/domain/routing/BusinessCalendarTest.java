package com.nexuscrm.domain.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.User;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Business time across the end of the day, weekends, time zones and DST changes. */
class BusinessCalendarTest {
    private static final BusinessCalendar NEW_YORK = BusinessCalendar.standard(ZoneId.of("America/New_York"));
    private static final BusinessCalendar LONDON = BusinessCalendar.standard(ZoneId.of("Europe/London"));

    private static Instant at(String utc) {
        return Instant.parse(utc);
    }

    @Test
    void timeLeftAtTheEndOfTheDayCarriesOverToTheNextMorning() {
        // Monday 16:50 EST + 30 business minutes: 10 today, 20 from Tuesday 09:00.
        assertEquals(at("2026-11-03T14:20:00Z"), NEW_YORK.plusMinutes(at("2026-11-02T21:50:00Z"), 30));
        assertEquals(Duration.ofMinutes(30), NEW_YORK.between(at("2026-11-02T21:50:00Z"), at("2026-11-03T14:20:00Z")));
    }

    @Test
    void beforeOpeningTheClockStartsAtOpening() {
        assertEquals(at("2026-11-02T14:05:00Z"), NEW_YORK.plusMinutes(at("2026-11-02T12:00:00Z"), 5));
    }

    @Test
    void weekendsDoNotCount() {
        // Friday 16:00 EST + 240: one hour on Friday, three on Monday.
        assertEquals(at("2026-11-09T17:00:00Z"), NEW_YORK.plusMinutes(at("2026-11-06T21:00:00Z"), 240));
        // Arriving on Saturday: due Monday 09:05.
        assertEquals(at("2026-11-09T14:05:00Z"), NEW_YORK.plusMinutes(at("2026-11-07T15:00:00Z"), 5));
        assertEquals(Duration.ZERO, NEW_YORK.between(at("2026-11-07T12:00:00Z"), at("2026-11-08T20:00:00Z")));
        assertFalse(NEW_YORK.isOpen(at("2026-11-07T16:00:00Z")));
    }

    @Test
    void theSameMomentGivesDifferentDueTimesInTwoTimeZones() {
        Instant monday16utc = at("2026-11-02T16:00:00Z");
        // London: 16:00 GMT, one hour left today, so due Tuesday 10:00 GMT.
        assertEquals(at("2026-11-03T10:00:00Z"), LONDON.plusMinutes(monday16utc, 120));
        // New York: 11:00 EST, due 13:00 EST the same day.
        assertEquals(at("2026-11-02T18:00:00Z"), NEW_YORK.plusMinutes(monday16utc, 120));
        assertTrue(NEW_YORK.isOpen(monday16utc));
        assertTrue(LONDON.isOpen(monday16utc));
    }

    @Test
    void springForwardWeekendKeepsLocalOpeningHours() {
        // DST starts in New York on Sunday 8 March 2026. Friday 16:00 EST (21:00Z) + 120 business minutes is
        // Monday 10:00 EDT, which is 14:00Z; adding UTC hours naively would give 15:00Z.
        Instant friday = at("2026-03-06T21:00:00Z");
        Instant due = NEW_YORK.plusMinutes(friday, 120);
        assertEquals(at("2026-03-09T14:00:00Z"), due);
        assertEquals(Duration.ofMinutes(120), NEW_YORK.between(friday, due));
    }

    @Test
    void fallBackWeekendKeepsLocalOpeningHours() {
        // London leaves BST on Sunday 25 October 2026. Friday 16:30 BST (15:30Z) + 60: Monday 09:30 GMT.
        assertEquals(at("2026-10-26T09:30:00Z"), LONDON.plusMinutes(at("2026-10-23T15:30:00Z"), 60));
    }

    @Test
    void aWorkdayThatSpansTheDstSwitchIsAnHourShorter() {
        // Israel moves to summer time on Friday 27 March 2026 at 02:00. A rep working 00-08 has seven real
        // hours that day, and time counted through the switch lands an hour later on the wall clock.
        BusinessCalendar night = new BusinessCalendar(ZoneId.of("Asia/Jerusalem"), 0, 8);
        assertEquals(Duration.ofHours(7), night.between(at("2026-03-26T22:00:00Z"), at("2026-03-27T05:00:00Z")));
        // Thursday 07:00 IST + 240: one hour on Thursday, three from Friday 00:00 IST, so 04:00 IDT (01:00Z).
        Instant due = night.plusMinutes(at("2026-03-26T05:00:00Z"), 240);
        assertEquals(at("2026-03-27T01:00:00Z"), due);
        assertEquals(4, due.atZone(night.zone()).getHour());
    }

    @Test
    void betweenIsNegativeWhenTheDueTimeHasPassed() {
        assertEquals(Duration.ofMinutes(-90), NEW_YORK.between(at("2026-11-02T15:30:00Z"), at("2026-11-02T14:00:00Z")));
    }

    @Test
    void usersWithoutSettingsGetNineToFiveInTheFallbackZone() {
        User blank = new User();
        BusinessCalendar calendar = BusinessCalendar.of(blank, ZoneId.of("Europe/Berlin"));
        assertEquals(new BusinessCalendar(ZoneId.of("Europe/Berlin"), 9, 17), calendar);
        blank.setTimeZone("Mars/Olympus_Mons");
        blank.setWorkdayStart(8);
        blank.setWorkdayEnd(16);
        assertEquals(new BusinessCalendar(ZoneId.of("Europe/Berlin"), 8, 16), BusinessCalendar.of(blank, ZoneId.of("Europe/Berlin")));
        blank.setTimeZone("Asia/Tokyo");
        assertEquals("Mon–Fri 08:00–16:00 Asia/Tokyo", BusinessCalendar.of(blank, ZoneId.of("UTC")).describe());
    }
}
