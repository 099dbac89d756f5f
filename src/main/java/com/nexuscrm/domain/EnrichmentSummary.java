package com.nexuscrm.domain;

import java.util.List;

/**
 * What one enrichment run did. {@code leads} live leads were looked at: {@code alreadyComplete} had no empty
 * field, {@code matched} found their company (filling {@code fieldsFilled} fields), {@code unmatched} found
 * none and {@code ambiguous} found several equally good ones, so they were left alone; {@code ambiguities}
 * says why for the first few of those. {@code directoryEmpty}: there was no directory to match against.
 */
public record EnrichmentSummary(int leads, int alreadyComplete, int matched, int fieldsFilled, int unmatched,
                                int ambiguous, List<String> ambiguities, boolean directoryEmpty) {
    public EnrichmentSummary {
        ambiguities = List.copyOf(ambiguities);
    }

    /** Nothing was matched: the directory is empty. */
    static EnrichmentSummary withoutDirectory() {
        return new EnrichmentSummary(0, 0, 0, 0, 0, 0, List.of(), true);
    }

    /** One line for people and scripts. */
    public String text() {
        if (directoryEmpty) {
            return "the company directory is empty, so no lead was enriched; import one first"
                    + " (Settings > Company directory, or 'nexus enrich import FILE')";
        }
        return String.format("%,d %s: %,d matched, %,d %s filled, %,d unmatched, %,d ambiguous, %,d already complete",
                leads, leads == 1 ? "lead" : "leads", matched, fieldsFilled, fieldsFilled == 1 ? "field" : "fields",
                unmatched, ambiguous, alreadyComplete);
    }
}
