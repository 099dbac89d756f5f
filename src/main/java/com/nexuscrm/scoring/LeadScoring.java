package com.nexuscrm.scoring;

import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadScore;
import com.nexuscrm.domain.LeadScoreStore;
import com.nexuscrm.domain.LeadScores;
import com.nexuscrm.domain.LeadScorer;
import com.nexuscrm.domain.Progress;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Scoring for one workspace: loads the active model (never on the FX thread), rescores every lead in
 * batches, scores one lead for the detail pane and what-if, and trains a new model from the workspace's
 * own history. Every stored score records the model version that produced it.
 */
public final class LeadScoring implements LeadScores {
    /** Leads read, scored and written per batch (and per transaction). */
    public static final int BATCH = 8192;

    private final ModelRegistry registry;
    private final LeadScoreStore store;
    private final Clock clock;
    private volatile ModelRegistry.Loaded loaded;

    /** What a full rescoring did. */
    public record Rescored(long leads, long changed, String modelVersion, double seconds) { }

    /** What training did: a new active model, or why there is none (too little history). */
    public record Trained(ModelCard card, String notEnoughHistory, Rescored rescored) { }

    public LeadScoring(ModelRegistry registry, LeadScoreStore store, Clock clock) {
        this.registry = registry;
        this.store = store;
        this.clock = clock;
    }

    public ModelRegistry registry() { return registry; }

    /** The scorer in use, loaded on first call: call it off the FX thread. */
    public LeadScorer scorer() {
        refuseTheUiThread();
        ModelRegistry.Loaded current = loaded;
        if (current == null) {
            synchronized (this) {
                if (loaded == null) {
                    loaded = registry.load(clock);
                }
                current = loaded;
            }
        }
        return current.scorer();
    }

    /**
     * Loading ND4J takes 1 to 2.5 s and a batch can take seconds: on the JavaFX thread that freezes the
     * window. This package cannot see JavaFX, so the thread is known by its name; the UI tests run
     * through here and would fail on a call from the wrong thread.
     */
    private static void refuseTheUiThread() {
        if ("JavaFX Application Thread".equals(Thread.currentThread().getName())) {
            throw new IllegalStateException("Lead scoring was called on the JavaFX thread; run it in the background");
        }
    }

    @Override
    public List<String> warnings() {
        scorer();
        return loaded.warnings();
    }

    @Override
    public LeadScore preview(Lead lead) {
        return scorer().score(lead);
    }

    @Override
    public LeadScore rescore(Lead lead) {
        LeadScore score = scorer().score(lead);
        store.writeScores(List.of(LeadScoreStore.ScoreUpdate.explained(lead.getId(), score)), clock.instant());
        return score;
    }

    /** Re-reads the registry after a model was activated or rolled back. */
    public synchronized void reload() {
        loaded = registry.load(clock);
    }

    /** Scores every lead again; stores the scores that changed. */
    public Rescored rescoreAll(Progress progress) {
        return rescore(false, progress);
    }

    /**
     * Scores only the leads that need it: never scored, marked stale (changed by sync), scored by another
     * model, or younger than a month (their activity is scaled by age, so their scores move daily). What
     * the window runs on open; after the first time it reads a few percent of the leads.
     */
    public Rescored rescoreNeeded(Progress progress) {
        return rescore(true, progress);
    }

    /**
     * Reads the leads page by page with their current score, scores each page in one batch and stores only the
     * scores that changed (in {@code lead_score}, never the lead row); the store writes one page while the next
     * is scored ({@link ScoreWrites}).
     */
    private Rescored rescore(boolean onlyNeeded, Progress progress) {
        long started = System.nanoTime();
        LeadScorer scorer = scorer();
        long total = store.countLeads();
        long[] counts = new long[2];
        Instant scoredAt = clock.instant();
        try (ScoreWrites writes = new ScoreWrites()) {
            java.util.function.Consumer<List<Lead>> work = batch -> {
                progress.checkCancelled();
                List<LeadScoreStore.ScoreUpdate> updates = changedScores(scorer, batch);
                writes.submit(() -> store.writeScores(updates, scoredAt));
                counts[0] += batch.size();
                counts[1] += updates.size();
                progress.update(counts[0], total, String.format("%,d of %,d leads", counts[0], total));
            };
            if (onlyNeeded) {
                store.scanNeedingScores(scorer.version(), scoredAt.minus(java.time.Duration.ofDays(Maturity.MATURE_DAYS)),
                        BATCH, work);
            } else {
                store.scan(BATCH, work);
            }
        }
        return new Rescored(counts[0], counts[1], scorer.version(), (System.nanoTime() - started) / 1e9);
    }

    /** The batch's new scores where the score, its model or its staleness changed; the rest need no write. */
    private List<LeadScoreStore.ScoreUpdate> changedScores(LeadScorer scorer, List<Lead> batch) {
        List<LeadScoreStore.ScoreUpdate> updates = new ArrayList<>();
        int[] scores = scoreBatch(scorer, batch);
        for (int i = 0; i < batch.size(); i++) {
            Lead lead = batch.get(i);
            if (lead.getScore() == null || lead.getScore() != scores[i]
                    || !scorer.version().equals(lead.getScoreModelVersion()) || lead.isScoreStale()) {
                updates.add(new LeadScoreStore.ScoreUpdate(lead.getId(), scores[i], scorer.version()));
            }
        }
        return updates;
    }

    private int[] scoreBatch(LeadScorer scorer, List<Lead> batch) {
        int[] scores = new int[batch.size()];
        if (scorer instanceof NetworkLeadScorer network) {
            List<Object[]> rows = new ArrayList<>(batch.size());
            Instant now = clock.instant();
            for (Lead lead : batch) {
                rows.add(network.model().rowOf(lead, now));
            }
            double[] p = network.model().probabilities(rows);
            for (int i = 0; i < p.length; i++) {
                scores[i] = LeadScore.toScore(p[i]);
            }
        } else {
            for (int i = 0; i < batch.size(); i++) {
                scores[i] = scorer.score(batch.get(i)).score();
            }
        }
        return scores;
    }

    /**
     * Trains on the workspace's resolved leads; with enough history the new model becomes active and every
     * lead is rescored, otherwise nothing changes and the answer says why.
     */
    public Trained train(Progress progress) throws IOException {
        LeadModel model;
        try {
            model = trainModel(registry.nextVersion(), LeadTrainer.DEFAULT_SEED, progress);
        } catch (LeadTrainer.NotEnoughHistory e) {
            return new Trained(null, e.getMessage(), null);
        }
        progress.checkCancelled(); // a cancel that came while the model trained keeps no version
        registry.saveAndActivate(model);
        reload();
        return new Trained(model.card(), null, rescoreAll(progress));
    }

    /**
     * A model trained on the workspace's resolved leads, not saved anywhere (the shipped default is made
     * this way from the sample workspace). Throws {@link LeadTrainer.NotEnoughHistory}.
     */
    public LeadModel trainModel(String version, long seed, Progress progress) {
        List<Lead> leads = new ArrayList<>();
        store.scan(BATCH, leads::addAll);
        Maturity maturity = Maturity.fit(leads, clock.instant());
        LabelledTable table = WorkspaceLeads.trainingTable(leads, maturity, clock.instant(),
                "this workspace (" + leads.size() + " leads)");
        LeadModel model = new LeadTrainer(clock, seed).train(table, version, List.of(), progress);
        return model.withCard(model.card().withMaturity(maturity));
    }
}
