package com.nexuscrm.domain.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A step's custom filter: clauses over the recipient's fields, each wrong clause named with how to write it. */
class RecipientFilterTest {
    private static Recipient person(String country, String title, Integer score) {
        return new Recipient(new PersonRef(PersonRef.Kind.LEAD, UUID.randomUUID()), "Ada", "Lang", "Acme GmbH", title,
                "ada@acme.de", null, "Berlin", country, ZoneOffset.UTC, score, "NURTURE");
    }

    @Test
    void everyClauseMustHoldWithoutCaseAndAMissingFieldDoesNotMatch() {
        RecipientFilter f = RecipientFilter.parse("Country = de AND title contains vp and score >= 60");
        assertTrue(f.matches(person("DE", "VP Sales", 60)));
        assertFalse(f.matches(person("DE", "VP Sales", 59)), "score below");
        assertFalse(f.matches(person("FR", "VP Sales", 80)), "other country");
        assertFalse(f.matches(person("DE", null, 80)), "no title");
        assertFalse(f.matches(person("DE", "VP Sales", null)), "no score");
        assertTrue(RecipientFilter.parse("company starts with 'acme'").matches(person("DE", null, null)));
        assertTrue(RecipientFilter.parse("stage != CUSTOMER").matches(person(null, null, null)));
        assertTrue(RecipientFilter.parse("city = Berlin and email contains @acme.de").matches(person(null, null, null)));
    }

    @Test
    void aWrongClauseIsNamedWithHowToWriteIt() {
        assertEquals("'shoe' is not a field a filter can use: score, country, city, company, title, email, stage",
                assertThrows(IllegalArgumentException.class, () -> RecipientFilter.parse("country = DE and shoe > 9")).getMessage());
        assertEquals("'title > 3': title takes =, !=, contains or starts with",
                assertThrows(IllegalArgumentException.class, () -> RecipientFilter.parse("title > 3")).getMessage());
        assertEquals("'score >= lots': score takes =, !=, >, >=, <, <= and a whole number from 0 to 100",
                assertThrows(IllegalArgumentException.class, () -> RecipientFilter.parse("score >= lots")).getMessage());
        String huge = "country = x" + " ".repeat(200_000) + "y";
        assertEquals("a custom filter is at most 500 characters, not 200012: keep a few clauses joined by 'and'",
                assertThrows(IllegalArgumentException.class, () -> RecipientFilter.parse(huge)).getMessage(),
                "refused before any matching (a hand-over is a network peer's plan)");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RecipientFilter.parse("country"))
                .getMessage().startsWith("'country' is not a filter clause: write FIELD OP VALUE"));
    }

    @Test
    void aStepWithACustomFilterRunsOnlyForMatchingRecipientsAndAWrongOneIsAPlanProblem() {
        StepCondition c = StepCondition.customFilter("country = DE");
        assertNull(c.problem());
        assertTrue(c.holds(StepCondition.Engagement.NONE, person("DE", null, null)));
        assertFalse(c.holds(StepCondition.Engagement.NONE, person("FR", null, null)));
        assertEquals("'custom filter' needs a filter, e.g. country = DE and title contains VP",
                StepCondition.customFilter(" ").problem());
    }
}
