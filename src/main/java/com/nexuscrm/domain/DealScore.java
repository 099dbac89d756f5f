package com.nexuscrm.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What the models say about one deal: win probability (1–99, calibrated), the predicted close date with its
 * interval, the deal's health (0–100) with the health it replaced (its trend), and the reasons in words.
 * Derived, local and never synced: each workstation scores its own copy. Any part may be null when it has
 * not been computed yet.
 */
public record DealScore(UUID dealId, Integer winProbability, LocalDate predictedClose, LocalDate closeLow,
                        LocalDate closeHigh, Integer health, Integer previousHealth, List<ScoreFactor> reasons,
                        String modelVersion, Instant scoredAt) {
    public DealScore {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    /** A score with the models' predictions only (health is written apart, by {@link DealScoreStore#writeHealth}). */
    public static DealScore prediction(UUID dealId, int winProbability, LocalDate predictedClose, LocalDate closeLow,
                                       LocalDate closeHigh, List<ScoreFactor> reasons, String modelVersion,
                                       Instant scoredAt) {
        return new DealScore(dealId, winProbability, predictedClose, closeLow, closeHigh, null, null, reasons,
                modelVersion, scoredAt);
    }

    /** Whether {@code stored} holds this prediction already (win, close dates, reasons, model): no write needed. */
    public boolean samePrediction(DealScore stored) {
        return stored != null && Objects.equals(winProbability, stored.winProbability)
                && Objects.equals(predictedClose, stored.predictedClose)
                && Objects.equals(closeLow, stored.closeLow) && Objects.equals(closeHigh, stored.closeHigh)
                && reasons.equals(stored.reasons) && Objects.equals(modelVersion, stored.modelVersion);
    }
}
