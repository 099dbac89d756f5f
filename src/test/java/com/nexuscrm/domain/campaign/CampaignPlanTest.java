package com.nexuscrm.domain.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.FieldError;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CampaignPlanTest {
    private static CampaignPlan plan(Step... steps) {
        return new CampaignPlan(UUID.randomUUID(), "Welcome", "Meeting booked", Audience.MANUAL, "sales@acme.test", "Acme",
                List.of(steps));
    }

    @Test
    void anUnknownMergeFieldIsNamedWithItsStepAndVariant() {
        CampaignPlan plan = plan(Step.of(0, Channel.EMAIL, new Template("A", "Hi", "Hello {{firstName|there}}")),
                Step.of(2, Channel.EMAIL, new Template("A", "Hi", "Hello {{firstName}}"),
                        new Template("B", "Hi", "Hello {{fistName}}")));

        List<FieldError> problems = plan.problems();

        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).toString().startsWith("Step 2, variant B: unknown merge field {{fistName}};"
                + " known fields: firstName, lastName"), problems.get(0).toString());
    }

    @Test
    void unclosedBracesAndMissingSubjectsAreProblemsToo() {
        List<FieldError> problems = plan(Step.of(0, Channel.EMAIL, new Template("A", "", "Hello {{firstName"))).problems();

        assertEquals(List.of("Step 1, variant A: an email needs a subject",
                "Step 1, variant A: merge field not closed with }} near '{{firstName'"),
                problems.stream().map(FieldError::toString).toList());
    }

    @Test
    void fallbacksFillBlankValues() {
        Template t = new Template("A", "Hi {{ firstName | there }}", "{{firstName|there}} at {{company}}.");

        assertEquals(new Template.Rendered("Hi there", "there at ."), t.render(Map.of("firstName", " ")));
        assertEquals(new Template.Rendered("Hi Ann", "Ann at Acme."), t.render(Map.of("firstName", "Ann", "company", "Acme")));
    }

    @Test
    void theSendWindowIsWeekdayBusinessHoursInTheRecipientsZone() {
        SendWindow w = SendWindow.BUSINESS_HOURS;
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        Instant mondayNineUtc = Instant.parse("2026-12-07T09:00:00Z"); // 18:00 in Tokyo: closed

        assertFalse(w.isOpen(mondayNineUtc, tokyo));
        assertEquals(Instant.parse("2026-12-07T23:00:00Z"), w.nextOpen(mondayNineUtc, tokyo)); // Tuesday 08:00 Tokyo
        assertEquals(Instant.parse("2026-12-14T08:00:00Z"),
                w.nextOpen(Instant.parse("2026-12-12T10:00:00Z"), ZoneId.of("UTC"))); // Saturday -> Monday 08:00
    }

    @Test
    void backoffDoublesUpToItsCap() {
        RetryBackoff b = RetryBackoff.DEFAULT;
        assertEquals(List.of(60L, 120L, 240L, 3600L), List.of(b.after(1).toSeconds(), b.after(2).toSeconds(),
                b.after(3).toSeconds(), b.after(12).toSeconds()));
    }
}
