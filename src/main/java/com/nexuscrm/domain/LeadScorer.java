package com.nexuscrm.domain;

/**
 * Scores one lead. The implementation (a DL4J network, or the rules-based prior when there is too little
 * history) lives in {@code scoring}; {@code AppContext} chooses it. Never call it on the FX thread: the
 * first call may load the native ND4J backend.
 */
public interface LeadScorer {
    LeadScore score(Lead lead);

    /** The version recorded on each score it produces, e.g. "leads-v3" or "rules-prior". */
    String version();
}
