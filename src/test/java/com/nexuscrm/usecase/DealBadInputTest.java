package com.nexuscrm.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.Contact;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealChange;
import com.nexuscrm.domain.DealContact;
import com.nexuscrm.domain.DealScore;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.Picklist;
import com.nexuscrm.domain.PicklistName;
import com.nexuscrm.domain.Picklists;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.deal.DealRisks;
import com.nexuscrm.domain.deal.RiskKind;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.testing.GeneratedDeals;
import com.nexuscrm.testing.MutableClock;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deals with bad data on a real encrypted workspace with a trained deal model (real DL4J training on a small
 * generated history): no amount (zero: the store requires one), a close date two years past, a stage the team's list
 * dropped.
 * Each still gets a win probability with reasons and a close prediction from today on, and its risks with evidence.
 */
class DealBadInputTest {
    private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");

    @TempDir
    static Path dir;
    private static WorkspaceStore store;
    private static Workspace workspace;
    private final MutableClock clock = new MutableClock(NOW);

    @BeforeAll
    static void generate() {
        store = WorkspaceStore.create(dir.resolve("ws"), "deal pass".toCharArray());
        workspace = Workspace.over(store);
        GeneratedDeals g = GeneratedDeals.of(300, 10, NOW, 3);
        workspace.repository(Contact.class).insertAll(g.contacts);
        workspace.repository(Deal.class).insertAll(g.deals);
        workspace.repository(DealChange.class).insertAll(g.history);
        workspace.repository(DealContact.class).insertAll(g.roles);
        workspace.repository(Activity.class).insertAll(g.activities);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void withoutAModelBadDealsGetTheirStagesUsualRateWithAReason() {
        WorkspaceStore empty = WorkspaceStore.create(dir.resolve("empty"), "deal pass".toCharArray());
        try {
            Workspace w = Workspace.over(empty);
            List<Deal> bad = badDeals(w, null);
            new RescoreDeals(w, clock).rescore(Progress.NONE);
            for (Deal d : bad) {
                DealScore s = w.dealScores().find(d.getId()).orElseThrow(() -> new AssertionError(d.getName() + " not scored"));
                assertTrue(s.winProbability() >= 1 && s.winProbability() <= 99);
                assertTrue(s.reasons().get(0).text().startsWith("No deal model trained yet"), s.reasons()::toString);
            }
            DealScore past = w.dealScores().find(bad.get(1).getId()).orElseThrow();
            assertNull(past.predictedClose(), "never a close predicted in the past");
            assertEquals("Its close date, 2024-06-01, has passed: no close is predicted until it is updated",
                    past.reasons().get(1).text());
        } finally {
            empty.close();
        }
    }

    @Test
    void badDealsStillGetAWinProbabilityWithReasonsAndRisksWithEvidence() {
        RescoreDeals deals = new RescoreDeals(workspace, clock);
        RescoreDeals.Trained trained = deals.train(3, Progress.NONE);
        assertNull(trained.notEnoughHistory());
        List<Deal> bad = badDeals(workspace, workspace.deals().findAll().stream().filter(d -> !d.getStage().isClosed())
                .findFirst().orElseThrow());
        Set<UUID> ids = bad.stream().map(Deal::getId).collect(Collectors.toSet());

        deals.rescore(Progress.NONE);
        Map<UUID, DealScore> scores = workspace.dealScores().all();
        LocalDate today = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
        for (Deal d : bad) {
            DealScore s = scores.get(d.getId());
            assertNotNull(s, d.getName() + " was not scored");
            assertTrue(s.winProbability() >= 1 && s.winProbability() <= 99, d.getName() + ": " + s.winProbability());
            assertFalse(s.reasons().isEmpty(), d.getName() + " has no reason");
            assertTrue(s.reasons().stream().allMatch(f -> !f.text().isBlank()), s.reasons()::toString);
            assertEquals(trained.model().version(), s.modelVersion());
            assertFalse(s.predictedClose().isBefore(today), d.getName() + ": a close predicted in the past " + s.predictedClose());
            assertFalse(s.closeLow().isAfter(s.predictedClose()) || s.closeHigh().isBefore(s.predictedClose()));
        }

        Picklist stages = Picklists.defaults(PicklistName.DEAL_STAGE);
        Picklist withoutProposal = stages.withValues(stages.values().stream()
                .filter(v -> !v.key().equals(DealStage.PROPOSAL.name())).toList());
        Map<String, AssessDeals.Assessment> judged = new AssessDeals(workspace.deals(), workspace.activities(),
                workspace.dealScores(), () -> withoutProposal, () -> Picklists.defaults(PicklistName.ACTIVITY_OUTCOME),
                new DealRisks(), clock).assessOpen(Progress.NONE).stream().filter(a -> ids.contains(a.dealId()))
                .collect(Collectors.toMap(AssessDeals.Assessment::dealName, Function.identity()));
        assertEquals(bad.size(), judged.size(), judged.keySet()::toString);
        assertEquals("The deal's amount is zero, so forecasts count nothing for it.", evidence(judged, "No amount", RiskKind.NO_AMOUNT));
        assertTrue(evidence(judged, "Long past", RiskKind.CLOSE_DATE_PASSED).startsWith("The close date, "),
                judged.get("Long past").risks()::toString);
        assertEquals("The stage 'Proposal' is no longer in the team's deal-stage list.",
                evidence(judged, "Dropped stage", RiskKind.STAGE_UNLISTED));
        judged.values().forEach(a -> assertNotNull(a.health(), a.dealName()));
        judged.values().forEach(a -> a.risks().forEach(r -> assertFalse(r.recommendation().isBlank(), r.toString())));
    }

    private static String evidence(Map<String, AssessDeals.Assessment> judged, String deal, RiskKind kind) {
        return judged.get(deal).risks().stream().filter(r -> r.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError(deal + " has no " + kind + ": " + judged.get(deal).risks())).evidence();
    }

    /**
     * Open deals as a sync from an old version or a careless import leaves them (written straight to the store, past
     * the form's validation): no amount (zero), a close date two years ago, a stage the team dropped.
     */
    private static List<Deal> badDeals(Workspace into, Deal like) {
        List<Deal> bad = new ArrayList<>();
        bad.add(deal(like, "No amount", DealStage.QUALIFICATION, BigDecimal.ZERO, NOW.plus(Duration.ofDays(30))));
        bad.add(deal(like, "Long past", DealStage.NEGOTIATION, new BigDecimal("25000"), NOW.minus(Duration.ofDays(730))));
        bad.add(deal(like, "Dropped stage", DealStage.PROPOSAL, new BigDecimal("18000"), NOW.plus(Duration.ofDays(20))));
        List<DealChange> history = bad.stream().map(d -> {
            DealChange c = DealChange.of(d, d.getCreatedAt(), d.getOwnerId());
            c.setStage(d.getStage());
            return c;
        }).toList();
        into.repository(Deal.class).insertAll(bad);
        into.repository(DealChange.class).insertAll(history);
        return bad;
    }

    private static Deal deal(Deal like, String name, DealStage stage, BigDecimal amount, Instant close) {
        Deal d = new Deal(Ids.newId());
        d.setName(name);
        d.setStage(stage);
        d.setAmount(amount);
        d.setCurrency("USD");
        d.setCloseDate(LocalDate.ofInstant(close, ZoneOffset.UTC));
        d.setCreatedAt(NOW.minus(Duration.ofDays(900)));
        d.setOwnerId(like == null ? null : like.getOwnerId());
        return d;
    }
}
