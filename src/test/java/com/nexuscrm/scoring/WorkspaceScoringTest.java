package com.nexuscrm.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadRow;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.sample.SampleWorkspace;
import com.nexuscrm.storage.StoreProbe;
import com.nexuscrm.storage.StoredSampleSink;
import com.nexuscrm.storage.WorkspaceStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scoring a real workspace: the shipped default model, training on the workspace's own history, the
 * registry's activate/roll back, and falling back from a damaged model file. One sample workspace of
 * 2,000 leads, used in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkspaceScoringTest {
    @TempDir static Path dir;
    private static WorkspaceStore store;

    @BeforeAll
    static void sample() {
        store = WorkspaceStore.create(dir.resolve("ws"), "scoring-test".toCharArray());
        new SampleWorkspace(42, SampleWorkspace.DEFAULT_REFERENCE_NOW).generate(new StoredSampleSink(store), 2000, Progress.NONE);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static LeadScoring scoring() {
        return new LeadScoring(new ModelRegistry(store.folder()), store.leadScores(), Clock.systemUTC());
    }

    @Test
    @Order(1)
    void theDefaultModelScoresEveryLeadWithoutQueueingAnythingForSync() {
        long queued = store.outbox().size();
        LeadScoring scoring = scoring();
        LeadScoring.Rescored done = scoring.rescoreAll(Progress.NONE);
        assertEquals(2000, done.leads());
        assertEquals(2000, done.changed());
        assertEquals("leads-default", done.modelVersion());
        List<LeadRow> rows = store.leads().inboxRows();
        assertTrue(rows.stream().allMatch(r -> r.score() != null && r.score() >= 1 && r.score() <= 99));
        assertEquals(queued, store.outbox().size(), "scores are derived: nothing to sync");
        assertEquals(0, scoring.rescoreAll(Progress.NONE).changed(), "a second pass changes nothing");
        assertTrue(rows.stream().map(LeadRow::score).distinct().count() > 20, "scores spread over the range");
    }

    @Test
    @Order(2)
    void onOpenOnlyLeadsThatNeedItAreReadAgain() {
        Instant now = SampleWorkspace.DEFAULT_REFERENCE_NOW;
        LeadScoring scoring = new LeadScoring(new ModelRegistry(store.folder()), store.leadScores(), Clock.fixed(now, ZoneOffset.UTC));
        scoring.rescoreAll(Progress.NONE);
        long young = store.leads().inboxRows().stream().filter(r -> r.createdAt().isAfter(now.minus(Duration.ofDays(30)))).count();
        LeadScoring.Rescored needed = scoring.rescoreNeeded(Progress.NONE);
        assertEquals(young, needed.leads(), "only leads under a month old, whose scores move as they age");
        assertTrue(young > 0 && young < 2000);
        assertEquals(0, needed.changed());
        Lead lead = store.leads().findAll().get(0);
        StoreProbe.markScoreStale(store, lead.getId());
        assertEquals(1, scoring.rescoreNeeded(Progress.NONE).changed(), "a lead marked stale by sync is rescored");
    }

    @Test
    @Order(3)
    void trainingOnTheWorkspaceMakesANewActiveVersionAndRecordsItOnEveryScore() throws Exception {
        LeadScoring scoring = scoring();
        LeadScoring.Trained trained = scoring.train(Progress.NONE);
        assertNull(trained.notEnoughHistory());
        assertEquals("leads-v1", trained.card().version());
        assertTrue(trained.card().validation().auc() > 0.7, "validation AUC " + trained.card().validation().auc());
        assertTrue(store.leads().inboxRows().stream().allMatch(r -> r.score() != null));
        Lead any = store.leads().findAll().get(0);
        assertEquals("leads-v1", any.getScoreModelVersion());
        assertTrue(Files.exists(store.folder().resolve("models/leads/leads-v1/card.json")));
        long moved = store.leads().inboxRows().stream().filter(r -> r.previousScore() != null).count();
        assertTrue(moved > 0, "scores that changed keep the previous one for the trend");
    }

    @Test
    @Order(4)
    void rollBackReturnsToTheVersionActiveBefore() throws Exception {
        LeadScoring scoring = scoring();
        assertEquals("leads-v2", scoring.train(Progress.NONE).card().version());
        assertTrue(scoring.registry().rollback());
        scoring.reload();
        assertEquals("leads-v1", scoring.scorer().version());
        scoring.registry().activate("leads-v2");
        scoring.reload();
        assertEquals("leads-v2", scoring.scorer().version());
        assertEquals(2, scoring.registry().list().size());
    }

    @Test
    @Order(5)
    void aDamagedModelFileFallsBackToThePreviousVersionWithAWarning() throws Exception {
        Files.writeString(store.folder().resolve("models/leads/leads-v2/network.zip"), "not a zip");
        LeadScoring scoring = scoring();
        assertEquals("leads-v1", scoring.scorer().version());
        assertEquals(1, scoring.warnings().size());
        assertTrue(scoring.warnings().get(0).contains("leads-v2 could not be loaded")
                && scoring.warnings().get(0).contains("Using leads-v1"), scoring.warnings().get(0));
        assertInstanceOf(NetworkLeadScorer.class, scoring.scorer());
        assertNotNull(scoring.preview(store.leads().findAll().get(0)));
    }

    @Test
    @Order(6)
    void tooLittleHistoryKeepsTheCurrentModelAndSaysWhy() throws Exception {
        try (WorkspaceStore small = WorkspaceStore.create(dir.resolve("small"), "small-workspace".toCharArray())) {
            new SampleWorkspace(7, SampleWorkspace.DEFAULT_REFERENCE_NOW).generate(new StoredSampleSink(small), 300, Progress.NONE);
            LeadScoring scoring = new LeadScoring(new ModelRegistry(small.folder()), small.leadScores(), Clock.systemUTC());
            LeadScoring.Trained trained = scoring.train(Progress.NONE);
            assertNull(trained.card());
            assertTrue(trained.notEnoughHistory().contains("at least 100"), trained.notEnoughHistory());
            assertEquals("leads-default", scoring.scorer().version());
            assertFalse(Files.exists(small.folder().resolve("models/leads/leads-v1")));
        }
    }
}
