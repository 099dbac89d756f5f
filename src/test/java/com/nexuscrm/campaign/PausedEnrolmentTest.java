package com.nexuscrm.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.Enrolment;
import com.nexuscrm.domain.campaign.EnrolmentStatus;
import com.nexuscrm.domain.campaign.ExitReason;
import com.nexuscrm.domain.campaign.ScheduledTouch;
import com.nexuscrm.domain.campaign.TouchStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine and a paused enrolment, over the real stores: nothing goes while paused, the plan's spacing survives. */
class PausedEnrolmentTest {
    @TempDir Path dir;
    private CampaignWorkspace ws;
    private final RecordingChannel email = new RecordingChannel(Channel.EMAIL);

    @BeforeEach
    void open() {
        ws = new CampaignWorkspace(dir);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void aPendingTouchWaitsUntilTheEnrolmentResumesAndLaterStepsMoveOnByThePause() {
        CampaignPlan plan = ws.threeStepEmail("Welcome");
        Enrolment ann = ws.enrol(plan, ws.lead("Ann", "Archer"));
        CampaignRunner runner = ws.runner(Map.of(Channel.EMAIL, email));
        assertEquals(1, runner.runOnce().sent());
        ws.clock.advance(Duration.ofDays(2)); // step 2 due: scheduled, and paused before it goes
        Instant until = ws.clock.instant().plus(Duration.ofDays(14)); // Wednesday 23 December, inside the send window
        ws.ports.touches().schedule(ScheduledTouch.pending(ann.id(), 1, "A", Channel.EMAIL, CampaignWorkspace.SENDER,
                "ann.archer@archerltd.com", ws.clock.instant()));
        assertTrue(ws.ports.enrolments().pause(ann.id(), until));
        assertEquals(1, ws.ports.touches().hold(ann.id(), until, "paused"));

        assertEquals(0, runner.runOnce().sent());
        assertEquals(EnrolmentStatus.PAUSED, ws.reload(ann).status());
        ws.clock.advance(Duration.ofDays(13));
        assertEquals(0, runner.runOnce().sent(), "still paused the day before");
        ws.clock.advance(Duration.ofDays(1));
        assertEquals(1, runner.runOnce().sent(), "step 2 goes the day it resumes");
        assertEquals(EnrolmentStatus.ACTIVE, ws.reload(ann).status());
        assertEquals(ws.ports.enrolments().find(ann.id()).orElseThrow().enrolledAt(), ann.enrolledAt().plus(Duration.ofDays(14)),
                "moved on by the fourteen days it was paused");
        ws.clock.advance(Duration.ofDays(1));
        assertEquals(0, runner.runOnce().sent(), "step 3 keeps its two days after step 2");
        ws.clock.advance(Duration.ofDays(1));
        assertEquals(1, runner.runOnce().sent());
        assertEquals(3, email.sent.size());
    }

    @Test
    void anEnrolmentLeftByAReplyCanBePausedAndItsCancelledTouchComesBack() {
        CampaignPlan plan = ws.threeStepEmail("Welcome");
        Enrolment bob = ws.enrol(plan, ws.lead("Bob", "Baker"));
        ScheduledTouch waiting = ScheduledTouch.pending(bob.id(), 1, "A", Channel.EMAIL, CampaignWorkspace.SENDER,
                "bob.baker@bakerltd.com", ws.clock.instant().plus(Duration.ofDays(2)));
        ws.ports.touches().schedule(waiting);
        ws.ports.enrolments().exit(bob.id(), ExitReason.REPLIED);
        ws.ports.touches().cancelPending(bob.id(), ExitReason.REPLIED.cancelReason());
        Instant until = ws.clock.instant().plus(Duration.ofDays(5));

        assertTrue(ws.ports.enrolments().pause(bob.id(), until));
        assertEquals(1, ws.ports.touches().hold(bob.id(), until, "paused"));
        ScheduledTouch back = ws.ports.touches().find(waiting.id()).orElseThrow();
        assertEquals(TouchStatus.PENDING, back.status());
        assertEquals(until, back.nextAttemptAt());

        ws.ports.enrolments().exit(bob.id(), ExitReason.UNSUBSCRIBED);
        assertFalse(ws.ports.enrolments().pause(bob.id(), until), "an unsubscribed enrolment is never paused");
        assertTrue(ws.ports.enrolments().pausedUntil(bob.id()).isEmpty());
    }
}
