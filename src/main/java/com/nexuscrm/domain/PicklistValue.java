package com.nexuscrm.domain;

import java.util.List;

/**
 * One value of a team's picklist. {@code key} is what records store (the built-in values keep their enum
 * names, a value the team adds keeps the label it was added with, so renaming never rewrites records);
 * {@code label} is what people see. {@code probability} (0-100) and {@code won} (true closed won, false
 * closed lost, null open) matter for deal stages only.
 */
public record PicklistValue(String key, String label, boolean active, List<String> synonyms, Integer probability,
                            Boolean won) {
    public PicklistValue {
        synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
    }

    /** An active value without synonyms, probability or outcome. */
    public static PicklistValue of(String key, String label, String... synonyms) {
        return new PicklistValue(key, label, true, List.of(synonyms), null, null);
    }

    public PicklistValue withLabel(String newLabel) {
        return new PicklistValue(key, newLabel, active, synonyms, probability, won);
    }

    public PicklistValue withActive(boolean isActive) {
        return new PicklistValue(key, label, isActive, synonyms, probability, won);
    }

    public PicklistValue withSynonyms(List<String> newSynonyms) {
        return new PicklistValue(key, label, active, newSynonyms, probability, won);
    }

    public PicklistValue withProbability(Integer newProbability) {
        return new PicklistValue(key, label, active, synonyms, newProbability, won);
    }

    /** Closed (won or lost): a deal in this stage is decided. */
    public boolean closed() {
        return won != null;
    }
}
