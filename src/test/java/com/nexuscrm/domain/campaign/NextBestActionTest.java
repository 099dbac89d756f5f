package com.nexuscrm.domain.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The action after each intent, its reason in words, and the low-confidence rule. */
class NextBestActionTest {
    private static final Instant RECEIVED = Instant.parse("2026-12-07T10:00:00Z");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final NextBestAction nba = new NextBestAction(0.6);

    private Recommendation of(ReplyIntent intent, String text) {
        return nba.recommend(intent, 0.9, text, RECEIVED, LONDON);
    }

    @Test
    void eachIntentHasItsAction() {
        assertEquals(ReplyAction.BOOK_MEETING, of(ReplyIntent.INTERESTED, "Yes, let's talk.").action());
        assertEquals("Book a meeting", of(ReplyIntent.INTERESTED, "Yes").taskSubject());
        assertEquals(ReplyAction.ANSWER, of(ReplyIntent.QUESTION, "How much is it?").action());
        assertEquals(ReplyAction.STOP, of(ReplyIntent.NOT_INTERESTED, "No thanks.").action());
        assertEquals(ReplyAction.SUPPRESS, of(ReplyIntent.UNSUBSCRIBE, "Remove me.").action());
        assertEquals("Not interested (90%): stop the campaign for this person.", of(ReplyIntent.NOT_INTERESTED, "No").reason());
    }

    @Test
    void outOfOfficePausesUntilTheReturnDayInTheRecipientsZone() {
        Recommendation r = of(ReplyIntent.OUT_OF_OFFICE, "On holiday, back on 14 December.");
        assertEquals(ReplyAction.PAUSE, r.action());
        assertEquals(LocalDate.of(2026, 12, 14).atStartOfDay(LONDON).toInstant(), r.resumeAt());
        assertEquals("Out of office (90%), back on 14 Dec 2026: pause until then.", r.reason());
        ZoneId auckland = ZoneId.of("Pacific/Auckland");
        Recommendation late = nba.recommend(ReplyIntent.OUT_OF_OFFICE, 0.9, "Back tomorrow.",
                Instant.parse("2026-12-07T23:30:00Z"), auckland);
        assertEquals(LocalDate.of(2026, 12, 9).atStartOfDay(auckland).toInstant(), late.resumeAt(),
                "already the 8th in Auckland, so tomorrow is the 9th");
    }

    @Test
    void withoutADateThePauseIsTheDefault() {
        Recommendation away = of(ReplyIntent.OUT_OF_OFFICE, "I am out until further notice. Back on 1 December.");
        assertEquals(LocalDate.of(2026, 12, 14).atStartOfDay(LONDON).toInstant(), away.resumeAt(), "7 days");
        assertTrue(away.reason().contains("no date found"), away.reason());
        Recommendation later = of(ReplyIntent.NOT_NOW, "Not right now.");
        assertEquals(LocalDate.of(2027, 3, 7).atStartOfDay(LONDON).toInstant(), later.resumeAt(), "90 days");
        assertEquals(LocalDate.of(2027, 3, 1).atStartOfDay(LONDON).toInstant(),
                of(ReplyIntent.NOT_NOW, "Try me in March.").resumeAt());
    }

    @Test
    void aReferralIsALeadOrATaskToAsk() {
        Recommendation named = of(ReplyIntent.REFERRAL, "Please contact Sarah Kim, sarah.kim@globex.com.");
        assertEquals(ReplyAction.CREATE_LEAD, named.action());
        assertEquals("Sarah Kim", named.referralName());
        assertEquals("sarah.kim@globex.com", named.referralEmail());
        assertEquals("Referral (90%): create a lead for Sarah Kim <sarah.kim@globex.com>.", named.reason());
        Recommendation nobody = of(ReplyIntent.REFERRAL, "You should talk to my manager.");
        assertEquals(ReplyAction.ASK_FOR_CONTACT, nobody.action());
        assertNull(nobody.referralName());
    }

    @Test
    void belowTheThresholdAPersonReadsIt() {
        Recommendation r = nba.recommend(ReplyIntent.UNSUBSCRIBE, 0.59, "stop", RECEIVED, LONDON);
        assertEquals(ReplyAction.READ_REPLY, r.action());
        assertEquals("The model is not sure (Unsubscribe (59%), below 60%): a person reads it; nothing is done by itself.",
                r.reason());
        assertEquals(ReplyAction.SUPPRESS, nba.recommend(ReplyIntent.UNSUBSCRIBE, 0.6, "stop", RECEIVED, LONDON).action());
        assertThrows(IllegalArgumentException.class, () -> new NextBestAction(1.5));
    }
}
