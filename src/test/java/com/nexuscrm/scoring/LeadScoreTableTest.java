package com.nexuscrm.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadRow;
import com.nexuscrm.domain.LeadScore;
import com.nexuscrm.domain.LeadScoreStore;
import com.nexuscrm.domain.LeadStatus;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.sample.SampleWorkspace;
import com.nexuscrm.storage.StoredSampleSink;
import com.nexuscrm.storage.WorkspaceStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scores live in the narrow local table {@code lead_score}, not in the synced lead row: a rescoring writes
 * only the scores that changed, queues nothing for sync and leaves every lead row as it was, while the inbox,
 * the detail, Today's "call first" and routing still see each lead's score. One sample workspace, in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LeadScoreTableTest {
    private static final Instant FIRST = SampleWorkspace.DEFAULT_REFERENCE_NOW;
    private static final Instant LATER = FIRST.plus(Duration.ofHours(1));

    @TempDir static Path dir;
    private static WorkspaceStore store;

    @BeforeAll
    static void sample() {
        store = WorkspaceStore.create(dir.resolve("ws"), "score-table-test".toCharArray());
        new SampleWorkspace(11, FIRST).generate(new StoredSampleSink(store), 600, Progress.NONE);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static LeadScoring scoringAt(Instant now) {
        return new LeadScoring(new ModelRegistry(store.folder()), store.leadScores(), Clock.fixed(now, ZoneOffset.UTC));
    }

    private static Map<UUID, Long> leadRowStamps() {
        return store.leads().findAll().stream().collect(Collectors.toMap(Lead::getId, Lead::getUpdatedAt));
    }

    @Test
    @Order(1)
    void aFullRescoreWritesOnlyTheScoresThatChangedAndNeverTheLeadRowOrTheOutbox() {
        assertEquals(600, scoringAt(FIRST).rescoreAll(Progress.NONE).changed(), "first pass: every lead gets a score row");
        Lead edited = store.leads().findAll().stream().filter(l -> !l.isDeleted() && !l.isDemoRequested()).findFirst().orElseThrow();
        edited.setDemoRequested(true);
        edited.setPricingPageVisits(edited.getPricingPageVisits() + 25);
        store.leads().save(edited);
        Map<UUID, Long> stamps = leadRowStamps();
        long queued = store.outbox().size();

        LeadScoring.Rescored done = scoringAt(LATER).rescoreAll(Progress.NONE);

        assertEquals(600, done.leads());
        assertTrue(done.changed() >= 1 && done.changed() < 600, "changed " + done.changed());
        List<LeadScoreStore.Stored> scores = stored();
        long rewritten = scores.stream().filter(s -> LATER.equals(s.scoredAt())).count();
        assertEquals(done.changed(), rewritten, "only the changed scores were written");
        assertTrue(scores.stream().allMatch(s -> LATER.equals(s.scoredAt()) || FIRST.equals(s.scoredAt())));
        LeadScoreStore.Stored moved = store.leadScores().stored(edited.getId()).orElseThrow();
        assertEquals(LATER, moved.scoredAt(), "the edited lead's score moved");
        assertTrue(moved.score() > moved.previousScore(), moved.score() + " after " + moved.previousScore());
        assertEquals(queued, store.outbox().size(), "scores are derived: nothing to sync");
        assertEquals(stamps, leadRowStamps(), "no lead row was written");
        assertEquals(0, scoringAt(LATER).rescoreAll(Progress.NONE).changed(), "a second pass changes nothing");
    }

    @Test
    @Order(2)
    void theInboxTheDetailAndCallFirstShowTheStoredScore() {
        Map<UUID, Integer> stored = stored().stream().collect(Collectors.toMap(LeadScoreStore.Stored::leadId,
                LeadScoreStore.Stored::score));
        List<LeadRow> rows = store.leads().inboxRows();
        assertFalse(rows.isEmpty());
        for (LeadRow row : rows) {
            assertEquals(stored.get(row.id()), row.score(), "inbox row " + row.id());
        }
        LeadRow any = rows.get(rows.size() / 2);
        Lead detail = store.leads().find(any.id()).orElseThrow();
        assertEquals(any.score(), detail.getScore(), "the detail reads the score table");
        assertEquals(store.leadScores().stored(any.id()).orElseThrow().modelVersion(), detail.getScoreModelVersion());
        assertEquals(any.previousScore(), detail.getPreviousScore());

        UUID owner = UUID.randomUUID();
        List<UUID> mine = rows.stream().filter(r -> r.firstResponseAt() == null).limit(12).map(LeadRow::id).toList();
        store.leads().assign(mine, owner);
        store.leads().changeStatus(mine, LeadStatus.NEW);
        List<LeadRow> first = store.leads().callFirst(owner, 50);
        assertEquals(mine.size(), first.size());
        List<Integer> order = first.stream().map(LeadRow::score).toList();
        assertEquals(order.stream().sorted(Comparator.nullsLast(Comparator.reverseOrder())).toList(), order,
                "call first: highest score first");
    }

    @Test
    @Order(3)
    void aLeadScoredOnItsOwnKeepsItsBandTopReasonsModelAndTime() {
        Lead lead = store.leads().findAll().stream().filter(l -> !l.isDeleted()).findFirst().orElseThrow();
        Instant at = LATER.plus(Duration.ofMinutes(5));
        LeadScore score = scoringAt(at).rescore(lead);
        LeadScoreStore.Stored stored = store.leadScores().stored(lead.getId()).orElseThrow();
        assertEquals(score.score(), stored.score());
        assertEquals(LeadScore.band(score.score()), stored.band());
        assertEquals(score.modelVersion(), stored.modelVersion());
        assertEquals(at, stored.scoredAt());
        assertFalse(stored.reasons().isEmpty());
        assertTrue(stored.reasons().size() <= LeadScoreStore.KEPT_REASONS);
        assertTrue(score.factors().stream().map(f -> f.shown()).toList().containsAll(stored.reasons()), stored.reasons().toString());
    }

    @Test
    @Order(4)
    void aNewLeadHasNoScoreRowAndAnEditKeepsTheScore() {
        Lead fresh = new Lead();
        fresh.setLastName("Unscored");
        fresh.setSource("WEBSITE");
        fresh.setStatus(LeadStatus.NEW);
        fresh.setCreatedAt(LATER);
        store.leads().save(fresh);
        assertTrue(store.leadScores().stored(fresh.getId()).isEmpty(), "saving a lead writes no score row");
        assertEquals(null, store.leads().find(fresh.getId()).orElseThrow().getScore());

        Lead scored = store.leads().findAll().stream().filter(l -> l.getScore() != null && !l.isDeleted()).findFirst().orElseThrow();
        LeadScoreStore.Stored before = store.leadScores().stored(scored.getId()).orElseThrow();
        scored.setPhone("+44 20 7946 0123");
        store.leads().save(scored);
        assertEquals(before, store.leadScores().stored(scored.getId()).orElseThrow(), "an edit leaves the score row alone");
    }

    @Test
    @Order(5)
    void aLeadMarkedStaleKeepsItsScoreUntilRescored() {
        Lead lead = store.leads().findAll().stream().filter(l -> l.getScore() != null && !l.isDeleted()).findFirst().orElseThrow();
        int score = lead.getScore();
        lead.setScoreStale(true); // as merging or a pulled change does
        store.leads().save(lead);
        LeadScoreStore.Stored stale = store.leadScores().stored(lead.getId()).orElseThrow();
        assertTrue(stale.stale());
        assertEquals(score, stale.score(), "the inbox keeps showing the score until it is recomputed");
        LeadScoring scoring = scoringAt(LATER);
        List<UUID> needed = new java.util.ArrayList<>();
        store.leadScores().scanNeedingScores(scoring.scorer().version(), LATER.minus(Duration.ofDays(Maturity.MATURE_DAYS)),
                100, batch -> batch.forEach(l -> needed.add(l.getId())));
        assertTrue(needed.contains(lead.getId()));
        scoring.rescoreNeeded(Progress.NONE);
        assertFalse(store.leadScores().stored(lead.getId()).orElseThrow().stale());
    }

    private static List<LeadScoreStore.Stored> stored() {
        return store.leads().inboxRows().stream().map(r -> store.leadScores().stored(r.id()))
                .flatMap(java.util.Optional::stream).filter(Objects::nonNull).toList();
    }
}
