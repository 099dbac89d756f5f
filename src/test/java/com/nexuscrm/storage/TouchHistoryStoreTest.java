package com.nexuscrm.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nexuscrm.campaign.CampaignWorkspace;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.Enrolment;
import com.nexuscrm.domain.campaign.ExitReason;
import com.nexuscrm.domain.campaign.PersonTouch;
import com.nexuscrm.domain.campaign.ScheduledTouch;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One person's campaign touches read back from the real tables: outcome and time of each, newest first. */
class TouchHistoryStoreTest {
    @TempDir Path dir;

    @Test
    void repliedBouncedAndPendingTouchesAcrossTwoCampaigns() {
        try (CampaignWorkspace ws = new CampaignWorkspace(dir.resolve("ws"))) {
            Lead ana = ws.lead("Ana", "Adams");
            Lead ben = ws.lead("Ben", "Bolt");
            CampaignPlan nurture = ws.threeStepEmail("Nurture");
            CampaignPlan webinar = ws.threeStepEmail("Webinar");
            Enrolment inNurture = ws.enrol(nurture, ana);
            Enrolment inWebinar = ws.enrol(webinar, ana);
            Enrolment other = ws.enrol(nurture, ben);
            Instant t0 = ws.clock.instant();
            ScheduledTouch replied = sent(ws, inNurture, 0, t0);
            ws.ports.touches().markReplied(replied.id(), t0.plus(Duration.ofHours(5)));
            ScheduledTouch pending = ScheduledTouch.pending(inNurture.id(), 1, "A", Channel.EMAIL, CampaignWorkspace.SENDER,
                    "a@x.test", t0.plus(Duration.ofDays(2)));
            ws.ports.touches().schedule(pending);
            sent(ws, inWebinar, 0, t0.plus(Duration.ofHours(1)));
            ScheduledTouch bounced = sent(ws, inWebinar, 1, t0.plus(Duration.ofHours(2)));
            ws.ports.enrolments().exit(inWebinar.id(), ExitReason.BOUNCED);
            sent(ws, other, 0, t0);

            List<PersonTouch> history = new StoredTouches(ws.store).historyOf(ana.getId());
            assertEquals(List.of("Nurture 2 PENDING", "Nurture 1 REPLIED", "Webinar 2 BOUNCED", "Webinar 1 SENT"),
                    history.stream().map(t -> t.campaign() + " " + (t.stepIndex() + 1) + " " + t.outcome()).toList());
            assertEquals(List.of(pending.nextAttemptAt(), t0.plus(Duration.ofHours(5)), t0.plus(Duration.ofHours(2)),
                    t0.plus(Duration.ofHours(1))), history.stream().map(PersonTouch::at).toList());
            assertEquals(bounced.id(), history.get(2).id());
            assertEquals(List.of(), new StoredTouches(ws.store).historyOf(java.util.UUID.randomUUID()));
        }
    }

    private static ScheduledTouch sent(CampaignWorkspace ws, Enrolment e, int step, Instant at) {
        ScheduledTouch t = ScheduledTouch.pending(e.id(), step, "A", Channel.EMAIL, CampaignWorkspace.SENDER, "a@x.test", at);
        ws.ports.touches().schedule(t);
        ws.ports.touches().claim(t.id(), at);
        ws.ports.touches().markSent(t.id(), at);
        return t;
    }
}
