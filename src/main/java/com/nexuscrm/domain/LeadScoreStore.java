package com.nexuscrm.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The bulk reads and writes of scoring. Scores are derived fields kept in a narrow local table beside the
 * lead (never in the synced lead row): writing them queues nothing for sync, touches only the leads whose
 * score, model or staleness changed, and the score they replace becomes {@code previousScore} (the inbox's
 * trend).
 */
public interface LeadScoreStore {
    /** How many of a score's reasons are kept with it. */
    int KEPT_REASONS = 3;

    /**
     * One score to store, from the model version that produced it, with its top reasons in words when the
     * score was explained (a lead scored on its own); a bulk rescoring explains nothing and stores none.
     */
    record ScoreUpdate(UUID leadId, int score, String modelVersion, List<String> reasons) {
        public ScoreUpdate {
            reasons = reasons == null ? List.of() : List.copyOf(reasons);
        }

        /** A score from a bulk rescoring: no reasons. */
        public ScoreUpdate(UUID leadId, int score, String modelVersion) {
            this(leadId, score, modelVersion, List.of());
        }

        /** A lead's explained score, keeping its {@value LeadScoreStore#KEPT_REASONS} strongest reasons. */
        public static ScoreUpdate explained(UUID leadId, LeadScore score) {
            List<String> reasons = score.factors().stream()
                    .sorted((a, b) -> Integer.compare(Math.abs(b.points()), Math.abs(a.points())))
                    .limit(KEPT_REASONS).map(ScoreFactor::shown).toList();
            return new ScoreUpdate(leadId, score.score(), score.modelVersion(), reasons);
        }
    }

    /** A lead's stored score as the table holds it; {@code reasons} is empty after a bulk rescoring. */
    record Stored(UUID leadId, Integer score, Integer previousScore, String band, List<String> reasons,
                  String modelVersion, Instant scoredAt, boolean stale) { }

    long countLeads();

    /** Every live lead with its feature fields, status and current score, in batches of {@code batchSize}. */
    void scan(int batchSize, Consumer<List<Lead>> batch);

    /**
     * Live leads with no score, a stale one, one from another model version than {@code modelVersion}, or
     * created after {@code youngSince} (a young lead's score moves as it ages).
     */
    void scanNeedingScores(String modelVersion, Instant youngSince, int batchSize, Consumer<List<Lead>> batch);

    /** Stores the scores in one transaction, each with its band and {@code scoredAt}; clears their staleness. */
    void writeScores(List<ScoreUpdate> updates, Instant scoredAt);

    /** The stored score of one lead, if it has one. */
    java.util.Optional<Stored> stored(UUID leadId);
}
