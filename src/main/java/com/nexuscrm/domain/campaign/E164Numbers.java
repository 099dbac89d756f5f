package com.nexuscrm.domain.campaign;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Phone numbers as an SMS gateway takes them: E.164, a '+', the country code and the number, at most 15 digits
 * ({@code +442079460958}). The separators people type (spaces, hyphens, dots, brackets) are dropped; a number
 * without its country code cannot be read as E.164 and is refused rather than guessed.
 */
public final class E164Numbers {
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-.()/]");
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    private E164Numbers() { }

    /** The number in E.164 form, or empty when it is missing or cannot be read as E.164. */
    public static Optional<String> normalise(String raw) {
        if (raw == null || raw.length() > 40) {
            return Optional.empty();
        }
        String compact = SEPARATORS.matcher(raw).replaceAll("");
        return E164.matcher(compact).matches() ? Optional.of(compact) : Optional.empty();
    }

    /**
     * Why {@code raw}, the value of the field named {@code field}, is not a number a text can go to, as a sentence
     * naming the field, the value and what to do; empty when it is fine.
     */
    public static Optional<String> problem(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.of(field + " is empty: add the mobile number in international form (E.164, e.g. +14155550100)");
        }
        if (normalise(raw).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(field + " '" + raw.strip() + "' is not an international mobile number: write it in E.164 form,"
                + " a '+', the country code and the number (7 to 15 digits, e.g. +14155550100)");
    }
}
