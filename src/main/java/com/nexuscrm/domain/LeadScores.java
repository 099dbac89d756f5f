package com.nexuscrm.domain;

/**
 * Scores for the screens: a preview that stores nothing (what-if while editing) and a rescore that
 * stores the lead's new score with its model version. Both may load the model on first use, so callers
 * run them off the FX thread.
 */
public interface LeadScores {
    /** The score the lead would have as it stands, explained; nothing is written. */
    LeadScore preview(Lead lead);

    /** Scores a saved lead and stores the score (a derived field: nothing is queued for sync). */
    LeadScore rescore(Lead lead);

    /** Problems met loading the active model (e.g. a damaged file and the version used instead); empty when none. */
    java.util.List<String> warnings();
}
