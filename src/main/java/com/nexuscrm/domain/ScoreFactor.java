package com.nexuscrm.domain;

/** One reason behind a lead's score, in plain words, and how many score points it moved. */
public record ScoreFactor(String text, int points) {
    /** "Visited the pricing page 3 times: +12". */
    public String shown() {
        return text + ": " + (points > 0 ? "+" : points < 0 ? "\u2212" : "\u00b1") + Math.abs(points);
    }
}
