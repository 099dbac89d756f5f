package com.nexuscrm.domain.campaign;

/** A lead score (0-100) in three bands, coarse enough that each segment sees enough leads to learn from. */
public enum ScoreBand {
    LOW, MEDIUM, HIGH;

    /** LOW below 40, MEDIUM 40-69, HIGH 70 and above. */
    public static ScoreBand of(int score) {
        return score < 40 ? LOW : score < 70 ? MEDIUM : HIGH;
    }
}
