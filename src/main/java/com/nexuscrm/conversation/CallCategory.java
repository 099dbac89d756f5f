package com.nexuscrm.conversation;

import java.util.Arrays;
import java.util.Locale;

/**
 * What a customer's utterance may be, for the call findings: one of eight kinds of objection, a buying signal, a
 * next step, or none of these. {@link #key()} is the label in the labelled utterance files and, for objections, the
 * label of the {@code Finding}.
 */
public enum CallCategory {
    PRICE, BUDGET, TIMING, AUTHORITY, NEED, COMPETITOR, SECURITY, CONTRACT, BUYING_SIGNAL, NEXT_STEP, NONE;

    /** The label: "price", "buying_signal", "none". */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean objection() {
        return ordinal() <= CONTRACT.ordinal();
    }

    /** The category labelled {@code key}, or {@code null} when there is none. */
    public static CallCategory of(String key) {
        return Arrays.stream(values()).filter(c -> c.key().equals(key.strip().toLowerCase(Locale.ROOT)))
                .findFirst().orElse(null);
    }
}
