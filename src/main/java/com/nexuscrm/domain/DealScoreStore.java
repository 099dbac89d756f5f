package com.nexuscrm.domain;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Deal scores in their narrow local table ({@code deal_score}), beside the deal and never in the synced deal
 * row, so a rescoring writes only scores and queues nothing for sync.
 */
public interface DealScoreStore {
    Optional<DealScore> find(UUID dealId);

    /** Every stored score, by deal. */
    Map<UUID, DealScore> all();

    /**
     * Stores the models' part of each score (win probability, predicted close and interval, reasons, model
     * version, time), in batches, all or nothing; the deal's health is left as it is.
     */
    void writePredictions(Collection<DealScore> scores);

    /**
     * Stores each deal's health (0–100); the health it replaces becomes the previous health (its trend) when it
     * differs. The predictions are left as they are.
     */
    void writeHealth(Map<UUID, Integer> health);
}
