package com.nexuscrm.domain.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Return and follow-up dates read from replies received on Monday 7 December 2026; "none" = the caller's default. */
class OutOfOfficeDatesTest {
    private static final LocalDate RECEIVED = LocalDate.of(2026, 12, 7);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "On holiday, back on 14 December.|2026-12-14",
        "Returning Monday.|2026-12-14",
        "OOO until Monday.|2026-12-14",
        "Away on business until Thursday.|2026-12-10",
        "I am away until 2027-01-05.|2027-01-05",
        "Back on the 3rd.|2027-01-03",
        "I'm on leave until the 10th. For anything urgent email help@northwind.com.|2026-12-10",
        "I'll be out from the 1st to the 8th. Please contact my colleague Ivan.|2026-12-08",
        "I'm currently out of the office. I'll be back on Monday the 23rd.|2026-12-23",
        "Automatic reply: Thank you for your message. I am out until January 8.|2027-01-08",
        "I'm away from my desk until Tuesday 16 December.|2026-12-16",
        "I am out of the office and will be back on the 27th of April.|2027-04-27",
        "I'm out of office with no access to email. I'll be back on 4 January 2027.|2027-01-04",
        "Thanks for your email. I'm currently on maternity leave until March.|2027-03-01",
        "Out of the office on leave, back 9/2.|2027-02-09",
        "Automatic reply: away until 17/05.|2027-05-17",
        "Thank you for your message. I am out of office until 15.01.|2027-01-15",
        "I am out today, back tomorrow.|2026-12-08",
        "I'm travelling and will have limited access to email until next week.|2026-12-14",
        "Hello, I'm on holiday until the end of the month.|2027-01-01",
        "This is an automatic reply. I am on leave from 3 to 21 January.|2027-01-21",
        "Auto reply: I'm on vacation. Returning Monday, 14 December.|2026-12-14",
        "Out of office until 2 January, happy holidays!|2027-01-02",
        "I'm back on 1 December.|none",
        "Away until 2025-01-05.|none",
        "Away until 2031-05-01.|none",
        "Back on 31 February.|none",
        "Back on the 45th.|none",
        "Back 13/13.|none",
        "I am currently out on medical leave until further notice.|none",
        "Sorry I'm away this week, I'll reply when I'm back.|2026-12-14",
        "|none",
    })
    void returnDates(String text, String expected) {
        assertEquals(expected(expected), OutOfOfficeDates.returnDate(text, RECEIVED));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Try me in March.|2027-03-01",
        "We have no budget left this year. Contact me in January.|2027-01-01",
        "Check back with me in Q2.|2027-04-01",
        "We're not ready yet. Maybe next quarter.|2027-01-01",
        "Too early for us. Follow up in six months.|2027-06-07",
        "Busy period for us. Could you reach out again in 8 weeks?|2027-02-01",
        "I'll have more time to look at this in a couple of weeks.|2026-12-21",
        "Could you get back to me next month?|2027-01-01",
        "Not this year, but put me down for next year.|2027-01-01",
        "Timing is off. Try again in the fall.|2027-09-01",
        "Let's reconnect around March.|2027-03-01",
        "Not right now, thanks.|none",
        "Call me again in 2031-01-01.|none",
    })
    void laterDates(String text, String expected) {
        assertEquals(expected(expected), OutOfOfficeDates.laterDate(text, RECEIVED));
    }

    private static Optional<LocalDate> expected(String value) {
        return value.equals("none") ? Optional.empty() : Optional.of(LocalDate.parse(value));
    }
}
