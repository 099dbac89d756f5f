package com.nexuscrm.domain.deal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.DealRole;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.TaskPriority;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each risk rule on hand-checked examples: it fires at its threshold and not one step before. */
class DealRisksTest {
    static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    static final UUID ANN = UUID.fromString("00000000-0000-7000-8000-000000000001");
    static final UUID BOB = UUID.fromString("00000000-0000-7000-8000-000000000002");
    private final DealRisks rules = new DealRisks();

    static DealFacts.Builder deal() {
        return DealFacts.builder(UUID.fromString("00000000-0000-7000-8000-0000000000d1"), NOW).name("Acme renewal")
                .stage(DealStage.QUALIFICATION).amount(new BigDecimal("20000"), "USD")
                .closeDate(LocalDate.of(2027, 1, 15)).createdAt(NOW.minus(Duration.ofDays(40)));
    }

    static Instant daysAgo(double days) {
        return NOW.minus(Duration.ofMinutes(Math.round(days * 24 * 60)));
    }

    static Touchpoint touch(double daysAgo, ActivityType type, UUID contact, Touchpoint.Kind kind) {
        return new Touchpoint(daysAgo(daysAgo), type, contact, kind);
    }

    static BuyingGroupMember person(UUID id, DealRole role, String name, String title) {
        return new BuyingGroupMember(null, id, role, name, title);
    }

    private Optional<DealRisk> find(DealFacts f, RiskKind kind) {
        return rules.assess(f).stream().filter(r -> r.kind() == kind).findFirst();
    }

    @Test
    void goneQuietFromFourteenDaysWithoutAnythingFromTheCustomer() {
        DealFacts quiet = deal().touch(touch(14, ActivityType.EMAIL, ANN, Touchpoint.Kind.REPLY))
                .touch(touch(2, ActivityType.EMAIL, ANN, Touchpoint.Kind.OUTREACH)).build();
        DealRisk risk = find(quiet, RiskKind.GONE_QUIET).orElseThrow();
        assertEquals("No reply from the customer for 14 days; last: email from the customer on 16 Nov.", risk.evidence());
        assertEquals(RiskSeverity.MEDIUM, risk.severity());
        assertEquals(new TaskDraft("Re-engage the customer on Acme renewal", 1, TaskPriority.HIGH), risk.task());

        DealFacts recent = deal().touch(touch(13.9, ActivityType.CALL, ANN, Touchpoint.Kind.CONVERSATION)).build();
        assertTrue(find(recent, RiskKind.GONE_QUIET).isEmpty(), "13 days: not yet");
        DealFacts veryQuiet = deal().touch(touch(28, ActivityType.MEETING, ANN, Touchpoint.Kind.MEETING_HELD)).build();
        assertEquals(RiskSeverity.HIGH, find(veryQuiet, RiskKind.GONE_QUIET).orElseThrow().severity(), "twice the limit");
    }

    @Test
    void goneQuietCountsOnlyTheCustomersSideAndABookedMeetingSoftensIt() {
        DealFacts chasing = deal().createdAt(daysAgo(20)).touch(touch(1, ActivityType.EMAIL, ANN, Touchpoint.Kind.OUTREACH))
                .touch(touch(3, ActivityType.MEETING, ANN, Touchpoint.Kind.MEETING_MISSED)).build();
        assertEquals("No reply from the customer since the deal was opened 20 days ago.",
                find(chasing, RiskKind.GONE_QUIET).orElseThrow().evidence());
        DealFacts young = deal().createdAt(daysAgo(13)).build();
        assertTrue(find(young, RiskKind.GONE_QUIET).isEmpty(), "a 13-day-old deal cannot be quiet for 14 days");
        DealFacts booked = deal().createdAt(daysAgo(20)).person(person(ANN, DealRole.CHAMPION, "Ann Lee", "CTO"))
                .touch(new Touchpoint(NOW.plus(Duration.ofDays(2)), ActivityType.MEETING, ANN,
                        Touchpoint.Kind.MEETING_PLANNED)).build();
        DealRisk soft = find(booked, RiskKind.GONE_QUIET).orElseThrow();
        assertEquals(RiskSeverity.LOW, soft.severity());
        assertTrue(soft.evidence().endsWith("A meeting is booked for 2 Dec."), soft.evidence());
        assertEquals("Re-engage Ann Lee on Acme renewal", soft.task().subject(), "the champion is the one to call");
    }

    @Test
    void singleThreadedWhenOnlyOnePersonTookPartInSixtyDays() {
        DealFacts one = deal().person(person(ANN, DealRole.CHAMPION, "Ann Lee", "Head of IT"))
                .person(person(BOB, DealRole.TECHNICAL, "Bob Ray", "Engineer"))
                .touch(touch(3, ActivityType.CALL, ANN, Touchpoint.Kind.CONVERSATION))
                .touch(touch(61, ActivityType.CALL, BOB, Touchpoint.Kind.CONVERSATION)).build();
        assertEquals("Only Ann Lee has taken part in the last 60 days; 2 people are on the deal.",
                find(one, RiskKind.SINGLE_THREADED).orElseThrow().evidence());
        DealFacts two = deal().person(person(ANN, DealRole.CHAMPION, "Ann Lee", "Head of IT"))
                .person(person(BOB, DealRole.TECHNICAL, "Bob Ray", "Engineer"))
                .touch(touch(3, ActivityType.CALL, ANN, Touchpoint.Kind.CONVERSATION))
                .touch(touch(59, ActivityType.EMAIL, BOB, Touchpoint.Kind.REPLY)).build();
        assertTrue(find(two, RiskKind.SINGLE_THREADED).isEmpty(), "two people engaged");
        DealFacts nobody = deal().build();
        assertEquals("Nobody from the customer is on the deal yet.",
                find(nobody, RiskKind.SINGLE_THREADED).orElseThrow().evidence());
    }

    @Test
    void noEconomicBuyerFromQualificationAndHighFromProposal() {
        DealFacts group = deal().stage(DealStage.PROPOSAL)
                .person(person(ANN, DealRole.CHAMPION, "Ann Lee", "Director of IT"))
                .person(person(BOB, DealRole.TECHNICAL, "Bob Ray", "Senior Engineer")).build();
        DealRisk risk = find(group, RiskKind.NO_ECONOMIC_BUYER).orElseThrow();
        assertEquals(RiskSeverity.HIGH, risk.severity());
        assertEquals("No economic buyer in a buying group of 2 in Proposal; the most senior person is Ann Lee "
                + "(Director of IT).", risk.evidence());
        assertEquals("Ask Ann Lee who signs off the budget", risk.task().subject());
        DealRisk nobody = find(deal().build(), RiskKind.NO_ECONOMIC_BUYER).orElseThrow();
        assertEquals(RiskSeverity.MEDIUM, nobody.severity());
        assertEquals("No economic buyer: nobody from the customer is named on the deal, and it is in Qualification.",
                nobody.evidence());
        assertTrue(find(deal().stage(DealStage.PROSPECTING).build(), RiskKind.NO_ECONOMIC_BUYER).isEmpty(),
                "too early to expect one");
        DealFacts named = deal().stage(DealStage.NEGOTIATION)
                .person(person(ANN, DealRole.ECONOMIC_BUYER, "Ann Lee", "CFO")).build();
        assertTrue(find(named, RiskKind.NO_ECONOMIC_BUYER).isEmpty());
    }

    @Test
    void stalledAboveTheStagesSeventyFifthPercentile() {
        DealFacts over = deal().stage(DealStage.PROPOSAL).stageEnteredAt(daysAgo(41)).stageNorm(Duration.ofDays(28), 37)
                .build();
        DealRisk risk = find(over, RiskKind.STALLED).orElseThrow();
        assertEquals("In Proposal for 41 days; 75% of deals leave Proposal within 28 days (37 past stays).", risk.evidence());
        assertEquals(RiskSeverity.MEDIUM, risk.severity());
        DealFacts at = deal().stage(DealStage.PROPOSAL).stageEnteredAt(daysAgo(28)).stageNorm(Duration.ofDays(28), 37)
                .build();
        assertTrue(find(at, RiskKind.STALLED).isEmpty(), "exactly the percentile is not above it");
        DealFacts far = deal().stageEnteredAt(daysAgo(57)).stageNorm(Duration.ofDays(28), 5).build();
        assertEquals(RiskSeverity.HIGH, find(far, RiskKind.STALLED).orElseThrow().severity());
        assertTrue(find(deal().stageEnteredAt(daysAgo(300)).build(), RiskKind.STALLED).isEmpty(),
                "no norm (too little history): no judgement");
    }

    @Test
    void closeDatePushedTwiceOrMore() {
        List<DealTimeline.Push> two = List.of(new DealTimeline.Push(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 30)),
                new DealTimeline.Push(LocalDate.of(2026, 11, 30), LocalDate.of(2027, 1, 15)));
        DealRisk risk = find(deal().pushes(two).build(), RiskKind.CLOSE_DATE_PUSHED).orElseThrow();
        assertEquals("Close date pushed twice, from 31 Oct to 15 Jan 2027 (+76 days).", risk.evidence());
        assertEquals(RiskSeverity.MEDIUM, risk.severity());
        assertTrue(find(deal().pushes(two.subList(0, 1)).build(), RiskKind.CLOSE_DATE_PUSHED).isEmpty(), "once is normal");
    }

    @Test
    void closeDateInThePastWhileOpen() {
        DealRisk risk = find(deal().closeDate(LocalDate.of(2026, 11, 29)).build(), RiskKind.CLOSE_DATE_PASSED)
                .orElseThrow();
        assertEquals("The close date, 29 Nov, passed 1 day ago and the deal is still open.", risk.evidence());
        assertEquals(0, risk.task().dueInDays());
        assertTrue(find(deal().closeDate(LocalDate.of(2026, 11, 30)).build(), RiskKind.CLOSE_DATE_PASSED).isEmpty(),
                "closing today is not late");
        assertTrue(rules.assess(deal().stage(DealStage.CLOSED_WON).closeDate(LocalDate.of(2026, 1, 1)).build()).isEmpty(),
                "a closed deal has no risks");
    }

    @Test
    void negativeLastCallBelowMinusPointTwo() {
        DealRisk risk = find(deal().lastCall(daysAgo(5), -0.34, "price, timing", null).build(), RiskKind.NEGATIVE_CALL)
                .orElseThrow();
        assertEquals("The last call (25 Nov) was negative: sentiment \u22120.34; objections: price, timing.", risk.evidence());
        assertEquals(RiskSeverity.MEDIUM, risk.severity());
        assertTrue(find(deal().lastCall(daysAgo(5), -0.2, null, null).build(), RiskKind.NEGATIVE_CALL).isEmpty());
        assertEquals(RiskSeverity.HIGH, find(deal().lastCall(daysAgo(5), -0.6, null, null).build(),
                RiskKind.NEGATIVE_CALL).orElseThrow().severity());
        assertTrue(find(deal().build(), RiskKind.NEGATIVE_CALL).isEmpty(), "no analysed call");
    }

    @Test
    void competitorMentionedOnTheLastCall() {
        DealRisk risk = find(deal().lastCall(daysAgo(5), 0.3, null, "HubSpot").build(), RiskKind.COMPETITOR).orElseThrow();
        assertEquals("HubSpot came up on the last call (25 Nov).", risk.evidence());
        assertEquals("Send a comparison with HubSpot", risk.task().subject());
        assertTrue(find(deal().lastCall(daysAgo(5), 0.3, null, " ").build(), RiskKind.COMPETITOR).isEmpty());
    }

    @Test
    void amountAboveThreeTimesTheOwnersMedianWonDeal() {
        List<BigDecimal> won = List.of(new BigDecimal("10000"), new BigDecimal("30000"), new BigDecimal("20000"),
                new BigDecimal("40000"));
        DealRisk risk = find(deal().amount(new BigDecimal("80000"), "USD").repWonAmounts(won).build(),
                RiskKind.AMOUNT_UNUSUAL).orElseThrow();
        assertEquals("USD 80,000 is 3.2\u00d7 the owner's median won deal (USD 25,000 over 4 won deals).", risk.evidence());
        assertTrue(find(deal().amount(new BigDecimal("75000"), "USD").repWonAmounts(won).build(),
                RiskKind.AMOUNT_UNUSUAL).isEmpty(), "exactly 3x is not above it");
        assertTrue(find(deal().amount(new BigDecimal("900000"), "USD").repWonAmounts(won.subList(0, 2)).build(),
                RiskKind.AMOUNT_UNUSUAL).isEmpty(), "two won deals are too few to know what is usual");
    }

    @Test
    void dataWarningsForAStageTheListDroppedNoAmountAndNoCloseDate() {
        DealFacts bad = deal().stage(DealStage.NEGOTIATION, "Negotiation", false).amount(null, null).closeDate(null)
                .build();
        List<DealRisk> risks = rules.assess(bad);
        DealRisk stage = risks.stream().filter(r -> r.kind() == RiskKind.STAGE_UNLISTED).findFirst().orElseThrow();
        assertEquals("The stage 'Negotiation' is no longer in the team's deal-stage list.", stage.evidence());
        assertTrue(risks.stream().anyMatch(r -> r.kind() == RiskKind.NO_AMOUNT));
        assertTrue(risks.stream().anyMatch(r -> r.kind() == RiskKind.NO_CLOSE_DATE));
        assertTrue(risks.stream().anyMatch(r -> r.kind() == RiskKind.NO_ECONOMIC_BUYER), "customer risks still judged");
        assertEquals(RiskSeverity.LOW, risks.get(risks.size() - 1).severity(), "most severe first");
        assertFalse(rules.assess(deal().stage(null, "", false).build()).isEmpty(), "no stage at all: still no crash");
    }

    @Test
    void seniorityFromTitles() {
        assertEquals(Seniority.VICE_PRESIDENT, Seniority.of("Vice President, Sales"));
        assertEquals(Seniority.EXECUTIVE, Seniority.of("Chief Financial Officer"));
        assertEquals(Seniority.DIRECTOR, Seniority.of("IT Director"));
        assertEquals(Seniority.MANAGER, Seniority.of("Procurement manager"));
        assertEquals(Seniority.UNKNOWN, Seniority.of("Wizard"));
        assertEquals(Seniority.UNKNOWN, Seniority.of(null));
    }
}
