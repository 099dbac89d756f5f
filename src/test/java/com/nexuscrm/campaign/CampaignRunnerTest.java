package com.nexuscrm.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.ValidationException;
import com.nexuscrm.domain.campaign.Audience;
import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.Consent;
import com.nexuscrm.domain.campaign.Enrolment;
import com.nexuscrm.domain.campaign.EnrolmentStatus;
import com.nexuscrm.domain.campaign.ExitReason;
import com.nexuscrm.domain.campaign.ScheduledTouch;
import com.nexuscrm.domain.campaign.Step;
import com.nexuscrm.domain.campaign.StepCondition;
import com.nexuscrm.domain.campaign.Suppression;
import com.nexuscrm.domain.campaign.Template;
import com.nexuscrm.domain.campaign.TouchStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner against a real workspace and a channel that records: timing, limits, conditions, idempotence. */
class CampaignRunnerTest {
    @TempDir Path dir;
    private CampaignWorkspace ws;
    private final RecordingChannel email = new RecordingChannel(Channel.EMAIL);

    @BeforeEach
    void open() {
        ws = new CampaignWorkspace(dir.resolve("ws"));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void aReRunNeverSendsTwiceAndSchedulingIsIdempotent() {
        CampaignPlan plan = ws.threeStepEmail("Welcome");
        Enrolment e = ws.enrol(plan, ws.lead("Ann", "Archer"));
        CampaignRunner first = ws.runner(Map.of(Channel.EMAIL, email));
        CampaignRunner second = ws.runner(Map.of(Channel.EMAIL, email));

        assertEquals(1, first.runOnce().sent());
        assertEquals(RunReport.NONE, second.runOnce());
        assertEquals(RunReport.NONE, first.runOnce());

        ScheduledTouch touch = ws.touches(e).get(0);
        assertFalse(ws.ports.touches().schedule(ScheduledTouch.pending(e.id(), 0, "A", Channel.EMAIL, "x@y.test", "a@b.test",
                ws.clock.instant())), "the same step is never scheduled twice");
        assertFalse(ws.ports.touches().claim(touch.id(), ws.clock.instant()), "a sent touch cannot be claimed again");
        assertEquals(1, email.sent.size());
        assertEquals("Hello Ann", email.sent.get(0).subject());
        assertEquals("Hi Ann, a note from Nexus Sales about Archer Ltd.", email.sent.get(0).body());
        assertEquals(touch.messageId(), email.sent.get(0).messageId());
        assertEquals(1, ws.reload(e).currentStep());
    }

    @Test
    void aCrashAfterTheClaimNeverResendsAndACrashAfterTheSendStillMovesOn() {
        CampaignPlan plan = ws.threeStepEmail("Crashes");
        Enrolment claimed = ws.enrol(plan, ws.lead("Ann", "Archer"));
        Enrolment sent = ws.enrol(plan, ws.lead("Bob", "Baker"));
        CampaignRunner runner = ws.runner(Map.of(Channel.EMAIL, email));
        ws.clock.advance(Duration.ofHours(20)); // Tuesday 05:00: scheduled, not yet in the window
        runner.runOnce();
        ScheduledTouch annTouch = ws.touches(claimed).get(0);
        ScheduledTouch bobTouch = ws.touches(sent).get(0);
        // A runner that died after claiming Ann's touch, and one that died after Bob's was sent but before moving on.
        assertTrue(ws.ports.touches().claim(annTouch.id(), ws.clock.instant()));
        assertTrue(ws.ports.touches().claim(bobTouch.id(), ws.clock.instant()));
        ws.ports.touches().markSent(bobTouch.id(), ws.clock.instant());

        ws.clock.advance(Duration.ofDays(2)); // Thursday 05:00: step 2 due
        runner.runOnce();
        ws.clock.advance(Duration.ofHours(4)); // 09:00: in the window
        runner.runOnce();

        assertEquals(List.of("Following up"), email.sent.stream().map(OutboundMessage::subject).toList());
        // no mailbox to look for its copy: settled as UNKNOWN (for review), never resent
        assertEquals(TouchStatus.UNKNOWN, ws.touches(claimed).get(0).status());
        assertEquals(2, ws.reload(sent).currentStep());
        assertEquals(0, ws.reload(claimed).currentStep());
    }

    @Test
    void quietHoursAndWeekendsWaitForTheRecipientsWindow() {
        ws.clock.advance(Duration.ofDays(5)); // Saturday 09:00 UTC
        Enrolment e = ws.enrol(ws.threeStepEmail("Weekend"), ws.lead("Ann", "Archer"));
        CampaignRunner runner = ws.runner(Map.of(Channel.EMAIL, email));

        RunReport report = runner.runOnce();

        assertEquals(1, report.scheduled());
        assertEquals(0, report.sent());
        assertEquals(Instant.parse("2026-12-14T08:00:00Z"), ws.touches(e).get(0).nextAttemptAt());
        ws.clock.advance(Duration.ofDays(1)); // Sunday
        assertEquals(0, runner.runOnce().sent());
        ws.clock.advance(Duration.ofHours(23)); // Monday 08:00
        assertEquals(1, runner.runOnce().sent());
    }

    @Test
    void theDailyLimitPerSenderPostponesTheRestToTheNextDay() {
        CampaignPlan plan = ws.threeStepEmail("Limited");
        Enrolment ann = ws.enrol(plan, ws.lead("Ann", "Archer"));
        Enrolment bob = ws.enrol(plan, ws.lead("Bob", "Baker"));
        CampaignRunner runner = new CampaignRunner(ws.clock, ws.ports,
                RunnerSettings.defaults(ZoneOffset.UTC).withDailyLimit(1), Map.of(Channel.EMAIL, email));

        RunReport report = runner.runOnce();

        assertEquals(1, report.sent());
        assertEquals(1, report.postponed());
        ScheduledTouch waiting = ws.touches(ann).get(0).status() == TouchStatus.PENDING ? ws.touches(ann).get(0)
                : ws.touches(bob).get(0);
        assertEquals(Instant.parse("2026-12-08T08:00:00Z"), waiting.nextAttemptAt());
        assertEquals(0, waiting.attempts());
        ws.clock.advance(Duration.ofHours(23));
        assertEquals(1, runner.runOnce().sent());
        assertEquals(2, email.sent.size());
    }

    @Test
    void aStepWhoseConditionFailsIsSkipped() {
        CampaignPlan plan = new CampaignPlan(Ids.newId(), "Scored", null, Audience.MANUAL, CampaignWorkspace.SENDER, null,
                List.of(Step.of(0, Channel.EMAIL, new Template("A", "One", "First")),
                        Step.of(1, Channel.EMAIL, new Template("A", "Two", "Hot leads only")).when(StepCondition.scoreAbove(80)),
                        Step.of(1, Channel.EMAIL, new Template("A", "Three", "Everyone"))));
        ws.ports.plans().save(plan);
        Enrolment e = ws.enrol(plan, ws.lead("Ann", "Archer"));
        CampaignRunner runner = ws.runner(Map.of(Channel.EMAIL, email));

        runner.runOnce();
        ws.clock.advance(Duration.ofDays(1));
        runner.runOnce();

        assertEquals(List.of("One", "Three"), email.sent.stream().map(OutboundMessage::subject).toList());
        assertEquals(EnrolmentStatus.COMPLETED, ws.reload(e).status());
    }

    @Test
    void withdrawnConsentOrDoNotContactCancelsTheTouchAndEndsTheEnrolment() {
        CampaignPlan plan = ws.threeStepEmail("Consent");
        Lead ann = ws.lead("Ann", "Archer");
        Lead bob = ws.lead("Bob", "Baker");
        Enrolment annIn = ws.enrol(plan, ann);
        Enrolment bobIn = ws.enrol(plan, bob);
        ws.ports.policy().recordConsent(new Consent(ann.getId(), Channel.EMAIL, true, "web form", ws.clock.instant()));
        ws.ports.policy().recordConsent(new Consent(ann.getId(), Channel.EMAIL, false, "phone call",
                ws.clock.instant().plusSeconds(1)));
        ws.ports.policy().suppress(new Suppression(Ids.newId(), bob.getId(), null, null, Suppression.Reason.DO_NOT_CONTACT,
                "rep marked do not contact", ws.clock.instant()));
        ws.clock.advance(Duration.ofMinutes(1));

        RunReport report = ws.runner(Map.of(Channel.EMAIL, email)).runOnce();

        assertEquals(2, report.cancelled());
        assertTrue(email.sent.isEmpty());
        assertEquals(ExitReason.SUPPRESSED, ws.reload(annIn).exitReason());
        assertEquals(ExitReason.SUPPRESSED, ws.reload(bobIn).exitReason());
        assertEquals(TouchStatus.CANCELLED, ws.touches(annIn).get(0).status());
        assertTrue(ws.touches(annIn).get(0).lastError().startsWith("consent for Email withdrawn (phone call"),
                ws.touches(annIn).get(0).lastError());
        assertTrue(ws.ports.policy().blocked(bob.getId(), "+1 555 0100", Channel.SMS).isPresent());
    }

    @Test
    void aPlanWithAnUnknownMergeFieldIsRefusedAtSave() {
        CampaignPlan plan = new CampaignPlan(Ids.newId(), "Typo", null, Audience.MANUAL, CampaignWorkspace.SENDER, null,
                List.of(Step.of(0, Channel.EMAIL, new Template("A", "Hi", "Hi {{firstName}}")),
                        Step.of(2, Channel.EMAIL, new Template("A", "Hi", "Hi {{firstName}}"),
                                new Template("B", "Hi {{fistName}}", "Hello"))));

        ValidationException refused = assertThrows(ValidationException.class, () -> ws.ports.plans().save(plan));

        assertTrue(refused.getMessage().startsWith("Step 2, variant B: unknown merge field {{fistName}}; known fields:"
                + " firstName, lastName, fullName"), refused.getMessage());
        assertTrue(ws.ports.plans().findByName("Typo").isEmpty());
    }

    @Test
    void aLeadWithoutAnEmailAddressIsRefusedAtEnrolment() {
        Lead lead = ws.lead("Nell", "Noemail");
        lead.setEmail(null);
        ws.store.leads().save(lead);

        ValidationException refused = assertThrows(ValidationException.class,
                () -> ws.enrol(ws.threeStepEmail("Welcome"), lead));

        assertEquals("Nell Noemail: has no email address for the email steps", refused.getMessage());
    }
}
