package com.nexuscrm.domain;

import java.util.List;

/**
 * A lead's score (1 to 99, a calibrated chance of converting), the fit, intent and engagement
 * sub-scores on the same scale, the model version that produced it and the factors that moved it most.
 */
public record LeadScore(int score, double probability, int fit, int intent, int engagement,
                        String modelVersion, List<ScoreFactor> factors) {
    public LeadScore {
        factors = List.copyOf(factors);
    }

    /** Probability to the 1..99 scale: never 0 or 100, since no model is that sure. */
    public static int toScore(double probability) {
        if (Double.isNaN(probability)) {
            return 1;
        }
        return (int) Math.max(1, Math.min(99, Math.round(probability * 100)));
    }

    /** The band a score falls in, as the inbox colours it and the score table stores it: hot, warm or cold. */
    public static String band(int score) {
        return score >= 70 ? "hot" : score >= 40 ? "warm" : "cold";
    }

    public List<ScoreFactor> positives() {
        return factors.stream().filter(f -> f.points() > 0).toList();
    }

    public List<ScoreFactor> negatives() {
        return factors.stream().filter(f -> f.points() < 0).toList();
    }
}
