package com.nexuscrm.conversation;

/** The three sentiment classes, in the order of the sentiment network's outputs. */
public enum Polarity {
    NEGATIVE, NEUTRAL, POSITIVE;

    /** The class of a lexicon score: above 0 positive, below 0 negative, exactly 0 (no sentiment found) neutral. */
    static Polarity ofScore(double score) {
        return score > 0 ? POSITIVE : score < 0 ? NEGATIVE : NEUTRAL;
    }
}
