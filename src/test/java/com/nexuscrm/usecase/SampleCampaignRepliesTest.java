package com.nexuscrm.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.campaign.CampaignPorts;
import com.nexuscrm.campaign.ReplyClassifier;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.domain.campaign.CampaignReply;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.Enrolment;
import com.nexuscrm.domain.campaign.EnrolmentStatus;
import com.nexuscrm.domain.campaign.ExitReason;
import com.nexuscrm.domain.campaign.ReplyAction;
import com.nexuscrm.domain.campaign.ReplyIntent;
import com.nexuscrm.sample.SampleSummary;
import com.nexuscrm.storage.WorkspaceStore;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample's campaign replies on a real encrypted workspace: written texts, classified by the shipped classifier
 * at seed time, their next best actions recommended, and the ones the rep has done applied by the engine.
 */
class SampleCampaignRepliesTest {
    private static final Instant AS_OF = Instant.parse("2026-12-01T09:00:00Z");
    @TempDir Path dir;

    @Test
    void theSampleHasADozenClassifiedRepliesWithTheirActionsApplied() {
        try (WorkspaceStore store = WorkspaceStore.create(dir.resolve("a"), "sample replies".toCharArray())) {
            SampleSummary summary = SampleSeeding.seed(store, 600, 42, AS_OF, Progress.NONE);
            Workspace ws = Workspace.over(store);
            CampaignPorts ports = ws.campaigns(java.time.Clock.fixed(AS_OF, ZoneOffset.UTC), ZoneOffset.UTC);
            List<CampaignReply> replies = new ArrayList<>();
            for (CampaignPlan plan : ports.plans().all()) {
                replies.addAll(ws.campaignReplies().forPlan(plan.id()));
            }
            assertTrue(replies.size() >= 8 && replies.size() <= 15, replies.size() + " replies");
            Set<ReplyIntent> intents = EnumSet.noneOf(ReplyIntent.class);
            for (CampaignReply r : replies) {
                intents.add(r.intent());
                assertEquals(Channel.EMAIL, r.channel());
                assertFalse(r.text().contains("wrote:"), "the quoted original is cut off: " + r.text());
                ReplyClassifier.Prediction p = ReplyClassifier.shipped().classify(r.text());
                assertEquals(p.intent(), r.intent(), "the classifier's intent, not a written-in one");
                Enrolment e = ports.enrolments().find(r.enrolmentId()).orElseThrow();
                if (r.status() == CampaignReply.Status.DONE && r.recommendation().action() == ReplyAction.PAUSE) {
                    assertEquals(EnrolmentStatus.PAUSED, e.status(), "a pause that was done pauses the enrolment");
                } else if (r.status() == CampaignReply.Status.DONE && r.recommendation().action() == ReplyAction.SUPPRESS) {
                    assertTrue(ports.policy().blocked(e.person().id(), "x@example.com", Channel.EMAIL).isPresent(),
                            "an unsubscribe that was done suppresses the person on every channel");
                    assertEquals(ExitReason.REPLIED, e.exitReason(), "the reply had ended this enrolment already");
                } else {
                    assertEquals(ExitReason.REPLIED, e.exitReason(), "the reply ended the enrolment");
                }
            }
            assertTrue(intents.size() >= 6, "most intents are shown: " + intents);
            assertTrue(replies.stream().anyMatch(r -> r.status() == CampaignReply.Status.DONE), "some were handled");
            assertTrue(replies.stream().anyMatch(r -> r.status() == CampaignReply.Status.RECOMMENDED), "some wait for Do it");
            assertTrue(replies.stream().filter(r -> r.intent() == ReplyIntent.OUT_OF_OFFICE).allMatch(r ->
                    r.recommendation().resumeAt() != null && r.recommendation().resumeAt().isAfter(AS_OF)),
                    "an out-of-office return date is read, and is after the sample's day");

            try (WorkspaceStore again = WorkspaceStore.create(dir.resolve("b"), "sample replies".toCharArray())) {
                SampleSummary plain = new com.nexuscrm.sample.SampleWorkspace(42, AS_OF)
                        .generate(new com.nexuscrm.storage.StoredSampleSink(again), 600, Progress.NONE);
                assertEquals(plain, summary, "the replies change no other sample record");
            }
        }
    }
}
