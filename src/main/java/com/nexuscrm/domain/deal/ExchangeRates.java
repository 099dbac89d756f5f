package com.nexuscrm.domain.deal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The team's rates into its currency: {@code perUnit.get("EUR")} is how many units of {@code currency} one euro
 * is worth. A deal without a currency is in the team's currency (as {@code TeamCurrency} says); a deal in another
 * currency without a rate cannot be converted, and the forecast leaves it out by name instead of adding euros to
 * dollars. Conversion is plain arithmetic (to the cent, half up, per deal) so it can be checked by hand.
 */
public record ExchangeRates(String currency, Map<String, BigDecimal> perUnit) {
    /** No team currency and no rates: only deals without a currency can be summed (used where currency is unknown). */
    public static final ExchangeRates NONE = new ExchangeRates(null, Map.of());

    public ExchangeRates {
        perUnit = perUnit == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(perUnit));
    }

    /** Only the team currency, no rates. */
    public static ExchangeRates only(String currency) {
        return new ExchangeRates(currency, Map.of());
    }

    /** {@code amount} in {@code from} as an amount in the team's currency, or empty when there is no rate for it. */
    public Optional<BigDecimal> convert(BigDecimal amount, String from) {
        if (isTeamCurrency(from)) {
            return Optional.of(amount);
        }
        BigDecimal rate = perUnit.get(from);
        return rate == null ? Optional.empty() : Optional.of(amount.multiply(rate).setScale(2, RoundingMode.HALF_UP));
    }

    /** Whether an amount in {@code from} needs no conversion: no currency of its own, or the team's. */
    public boolean isTeamCurrency(String from) {
        return from == null || from.isBlank() || from.equals(currency);
    }

    /** Why these rates cannot be kept (a rate that is not above zero, a rate for the team currency itself). */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        perUnit.forEach((code, rate) -> {
            if (rate == null || rate.signum() <= 0) {
                problems.add("The rate of " + code + " must be above zero.");
            }
            if (code.equals(currency)) {
                problems.add(code + " is the team currency: it needs no rate.");
            }
        });
        return problems;
    }
}
