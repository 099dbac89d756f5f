package com.nexuscrm.domain;

import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/**
 * An ISO 4217 currency code as the team's workspace currency: three capital letters naming a currency the
 * JDK knows ("USD", "EUR", "GBP"). Amounts without a currency of their own (an account's annual revenue, a
 * deal imported or converted without one) are in this currency.
 */
public final class CurrencyCode {
    /** The currency of a team that has not chosen one. */
    public static final String DEFAULT = "USD";

    private CurrencyCode() { }

    /** Why {@code code} is not a currency code, or empty when it is (exactly as written: capitals, no spaces). */
    public static Optional<String> problem(String code) {
        if (code == null || code.isBlank()) {
            return Optional.of("The currency is empty: enter a three-letter ISO 4217 code such as USD, EUR or GBP.");
        }
        if (!code.matches("[A-Z]{3}") || !known(code)) {
            return Optional.of("'" + shorten(code) + "' is not an ISO 4217 currency code: enter three letters such as"
                    + " USD, EUR or GBP.");
        }
        return Optional.empty();
    }

    /** The code as a person may type it (" eur "), in capitals without spaces; then check it with {@link #problem}. */
    public static String normalise(String typed) {
        return typed == null ? null : typed.strip().toUpperCase(Locale.ROOT);
    }

    private static boolean known(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    private static String shorten(String code) {
        return code.length() <= 20 ? code : code.substring(0, 20) + "…";
    }
}
