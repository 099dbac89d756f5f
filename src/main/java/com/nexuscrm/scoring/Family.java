package com.nexuscrm.scoring;

/** The three groups a lead's features fall in; each gets its own sub-score. */
public enum Family {
    FIT("Fit"), INTENT("Intent"), ENGAGEMENT("Engagement");

    private final String label;

    Family(String label) { this.label = label; }

    public String label() { return label; }

    /** "fit", "Intent", "ENGAGEMENT" → the family; null when the word is none of them. */
    static Family parse(String word) {
        for (Family f : values()) {
            if (f.name().equalsIgnoreCase(word.trim())) {
                return f;
            }
        }
        return null;
    }
}
