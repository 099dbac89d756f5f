package com.nexuscrm.domain;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The bulk reads and writes of scoring. Scores are derived fields: writing them queues nothing for sync,
 * and the score they replace becomes {@code previousScore} (the inbox's trend).
 */
public interface LeadScoreStore {
    /** One score to store, from the model version that produced it. */
    record ScoreUpdate(UUID leadId, int score, String modelVersion) { }

    long countLeads();

    /** Every live lead with its feature fields, status and current score, in batches of {@code batchSize}. */
    void scan(int batchSize, Consumer<List<Lead>> batch);

    /**
     * Live leads with no score, a stale one, one from another model version than {@code modelVersion}, or
     * created after {@code youngSince} (a young lead's score moves as it ages).
     */
    void scanNeedingScores(String modelVersion, java.time.Instant youngSince, int batchSize, Consumer<List<Lead>> batch);

    /** Stores the scores in one transaction. */
    void writeScores(List<ScoreUpdate> updates);
}
