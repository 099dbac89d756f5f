package com.nexuscrm.domain.campaign;

import java.util.Arrays;
import java.util.Locale;

/**
 * What a reply to a campaign message says, for the next best action: book a meeting (interested), pause (not now,
 * out of office), stop (not interested), honour the unsubscribe, create a lead for the person named (referral), or
 * answer (question). {@link #key()} is the label in the labelled reply files.
 */
public enum ReplyIntent {
    INTERESTED("Interested"), NOT_NOW("Not now"), NOT_INTERESTED("Not interested"), OUT_OF_OFFICE("Out of office"),
    UNSUBSCRIBE("Unsubscribe"), REFERRAL("Referral"), QUESTION("Question");

    private final String label;

    ReplyIntent(String label) {
        this.label = label;
    }

    /** In words: "Not now". */
    public String label() {
        return label;
    }

    /** The label in the files: "not_now". */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The intent labelled {@code key} ("not_now", "Not-Now" and "not now" alike), or {@code null} when there is none. */
    public static ReplyIntent of(String key) {
        String k = key.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return Arrays.stream(values()).filter(i -> i.key().equals(k)).findFirst().orElse(null);
    }
}
