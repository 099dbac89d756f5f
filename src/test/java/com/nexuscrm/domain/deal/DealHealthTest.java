package com.nexuscrm.domain.deal;

import static com.nexuscrm.domain.deal.DealRisksTest.ANN;
import static com.nexuscrm.domain.deal.DealRisksTest.BOB;
import static com.nexuscrm.domain.deal.DealRisksTest.NOW;
import static com.nexuscrm.domain.deal.DealRisksTest.deal;
import static com.nexuscrm.domain.deal.DealRisksTest.touch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.DealChange;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.Picklist;
import com.nexuscrm.domain.PicklistName;
import com.nexuscrm.domain.PicklistValue;
import com.nexuscrm.domain.Picklists;
import com.nexuscrm.domain.deal.Touchpoint.Kind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Health arithmetic, the reading of activities and of a deal's history, on hand-checked examples. */
class DealHealthTest {
    @Test
    void fourComponentsWeightedOnAHandCheckedDeal() {
        DealFacts f = deal().touch(touch(2, ActivityType.EMAIL, ANN, Kind.OUTREACH))
                .touch(touch(10, ActivityType.EMAIL, ANN, Kind.OUTREACH))
                .touch(touch(5, ActivityType.CALL, ANN, Kind.CONVERSATION))
                .touch(touch(20, ActivityType.EMAIL, BOB, Kind.REPLY))
                .touch(touch(40, ActivityType.CALL, BOB, Kind.OUTREACH))
                .touch(touch(30, ActivityType.MEETING, null, Kind.MEETING_HELD))
                .touch(touch(50, ActivityType.MEETING, BOB, Kind.MEETING_MISSED))
                .touch(new Touchpoint(NOW.plus(Duration.ofDays(3)), ActivityType.MEETING, ANN, Kind.MEETING_PLANNED))
                .build();
        DealHealth h = DealHealth.of(f);
        // response 2 answers / 3 touches; attendance 1 of 2; stakeholders Ann and Bob of 3; last two-way 5 days ago = 1.
        // (25 x 2/3 + 15 x 1/2 + 25 x 2/3 + 35 x 1) / 100 = 75.83
        assertEquals(76, h.score());
        assertEquals(List.of(2 / 3.0, 0.5, 2 / 3.0, 1.0), h.components().stream().map(DealHealth.Component::value).toList());
        assertEquals("2 answered of 3 calls and emails in the last 30 days.", h.components().get(0).detail());
        assertEquals("1 of 2 meetings held in the last 90 days.", h.components().get(1).detail());
        assertEquals("5 days ago (call on 25 Nov).", h.components().get(3).detail());
    }

    @Test
    void componentsWithoutDataAreLeftOutOfTheWeights() {
        DealFacts f = deal().touch(touch(26, ActivityType.MEETING, ANN, Kind.MEETING_HELD)).build();
        DealHealth h = DealHealth.of(f);
        // no calls or emails in 30 days; attendance 1; stakeholders 1/3; recency (45 - 26) / 38 = 0.5.
        // (15 x 1 + 25 x 1/3 + 35 x 0.5) / 75 = 0.5444
        assertEquals(54, h.score());
        assertNull(h.components().get(0).value());
        assertEquals(3, h.present().size());
    }

    @Test
    void recencyFallsFromSevenToFortyFiveDays() {
        assertEquals(1.0, DealHealth.recency(deal().touch(touch(7, ActivityType.EMAIL, ANN, Kind.REPLY)).build()).value());
        assertEquals(37 / 38.0, DealHealth.recency(deal().touch(touch(8, ActivityType.EMAIL, ANN, Kind.REPLY)).build())
                .value(), 1e-9);
        assertEquals(0.0, DealHealth.recency(deal().touch(touch(45, ActivityType.EMAIL, ANN, Kind.REPLY)).build()).value());
        assertEquals(0.0, DealHealth.recency(deal().touch(touch(1, ActivityType.EMAIL, ANN, Kind.OUTREACH)).build())
                .value(), "never answered");
    }

    @Test
    void aBrandNewDealHasNotEnoughDataRatherThanAScore() {
        DealHealth none = DealHealth.of(deal().build());
        assertFalse(none.enoughData());
        assertTrue(none.note().startsWith("Not enough data"), none.note());
        DealFacts onlyPlans = deal().touch(touch(1, ActivityType.NOTE, null, Kind.INTERNAL))
                .touch(new Touchpoint(NOW.plus(Duration.ofDays(1)), ActivityType.MEETING, ANN, Kind.MEETING_PLANNED)).build();
        assertNull(DealHealth.of(onlyPlans).score(), "a note and a meeting still to come are no engagement data");
    }

    @Test
    void activitiesAreReadByTypeAndOutcome() {
        assertEquals(Kind.REPLY, kind(ActivityType.EMAIL, "Replied", null, null, 1));
        assertEquals(Kind.REPLY, kind(ActivityType.EMAIL, "customer replied", null, null, 1), "a synonym");
        assertEquals(Kind.OUTREACH, kind(ActivityType.EMAIL, null, null, null, 1));
        assertEquals(Kind.CONVERSATION, kind(ActivityType.CALL, "Connected", null, 30, 1));
        assertEquals(Kind.CONVERSATION, kind(ActivityType.CALL, null, "Discovery call", 120, 1));
        assertEquals(Kind.OUTREACH, kind(ActivityType.CALL, null, "Discovery call", 119, 1));
        assertEquals(Kind.OUTREACH, kind(ActivityType.CALL, null, "Left voicemail", 400, 1));
        assertEquals(Kind.OUTREACH, kind(ActivityType.CALL, "No answer", null, 600, 1));
        assertEquals(Kind.MEETING_HELD, kind(ActivityType.MEETING, null, null, 1800, 1));
        assertEquals(Kind.MEETING_MISSED, kind(ActivityType.MEETING, "No-show", null, null, 1));
        assertEquals(Kind.MEETING_MISSED, kind(ActivityType.MEETING, "Cancelled", null, null, 1));
        assertEquals(Kind.MEETING_PLANNED, kind(ActivityType.MEETING, null, null, null, -1));
        assertEquals(Kind.INTERNAL, kind(ActivityType.NOTE, "Replied", null, null, 1));
        List<PicklistValue> renamed = new ArrayList<>(Picklists.defaults(PicklistName.ACTIVITY_OUTCOME).values());
        renamed.replaceAll(v -> v.key().equals("Replied") ? v.withLabel("Customer wrote") : v);
        Activity wrote = activity(ActivityType.EMAIL, "Customer wrote", null, null, 1);
        assertEquals(Kind.REPLY, Touchpoint.of(wrote, new Picklist(PicklistName.ACTIVITY_OUTCOME, renamed), NOW).kind(),
                "the team renamed the value; its key still means a reply");
    }

    private static Kind kind(ActivityType type, String outcome, String subject, Integer seconds, int daysAgo) {
        return Touchpoint.of(activity(type, outcome, subject, seconds, daysAgo), null, NOW).kind();
    }

    private static Activity activity(ActivityType type, String outcome, String subject, Integer seconds, int daysAgo) {
        Activity a = new Activity(UUID.randomUUID());
        a.setType(type);
        a.setOutcome(outcome);
        a.setSubject(subject);
        a.setDurationSeconds(seconds);
        a.setOccurredAt(NOW.minus(Duration.ofDays(daysAgo)));
        return a;
    }

    @Test
    void stageNormsAreTheSeventyFifthPercentileOfCompletedStays() {
        List<DealChange> history = new ArrayList<>();
        int[] days = {1, 2, 3, 4, 10};
        for (int d : days) {
            UUID deal = UUID.randomUUID();
            history.add(change(deal, 0, DealStage.PROSPECTING, null));
            history.add(change(deal, d, DealStage.QUALIFICATION, null));
            history.add(change(deal, d + 1, DealStage.CLOSED_WON, null));
        }
        StageNorms norms = StageNorms.from(history);
        assertEquals(Duration.ofDays(4), norms.p75(DealStage.PROSPECTING).orElseThrow(), "nearest rank: ceil(0.75 x 5) = 4th");
        assertEquals(5, norms.stays(DealStage.PROSPECTING));
        assertEquals(Duration.ofDays(1), norms.p75(DealStage.QUALIFICATION).orElseThrow());
        assertTrue(norms.p75(DealStage.CLOSED_WON).isEmpty(), "closed stages have no stays");
        assertTrue(StageNorms.from(history.subList(0, 12)).p75(DealStage.PROSPECTING).isEmpty(), "4 stays are too few");
    }

    @Test
    void timeInStageAndPushesFromOneDealsHistory() {
        UUID deal = UUID.randomUUID();
        List<DealChange> h = List.of(change(deal, 0, DealStage.PROSPECTING, LocalDate.of(2026, 10, 31)),
                change(deal, 3, DealStage.QUALIFICATION, LocalDate.of(2026, 10, 31)),
                change(deal, 5, DealStage.QUALIFICATION, LocalDate.of(2026, 11, 30)),
                change(deal, 8, DealStage.QUALIFICATION, LocalDate.of(2026, 11, 15)),
                change(deal, 9, DealStage.QUALIFICATION, LocalDate.of(2026, 12, 31)));
        assertEquals(T.plus(Duration.ofDays(3)), DealTimeline.stageEnteredAt(h, DealStage.QUALIFICATION).orElseThrow());
        assertTrue(DealTimeline.stageEnteredAt(h, DealStage.PROPOSAL).isEmpty(), "history behind the deal: unknown");
        assertEquals(List.of(new DealTimeline.Push(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 30)),
                new DealTimeline.Push(LocalDate.of(2026, 11, 15), LocalDate.of(2026, 12, 31))), DealTimeline.pushes(h),
                "pulling the date in is not a push");
    }

    private static final Instant T = Instant.parse("2026-09-01T10:00:00Z");

    private static DealChange change(UUID deal, int day, DealStage stage, LocalDate close) {
        DealChange c = new DealChange(UUID.randomUUID());
        c.setDealId(deal);
        c.setChangedAt(T.plus(Duration.ofDays(day)));
        c.setStage(stage);
        c.setCloseDate(close);
        return c;
    }
}
