package com.nexuscrm.domain.deal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A manager's adjustments of one month's or quarter's forecast: per rep an amount (positive or negative, added to
 * the rep's forecast) and a note saying why. Kept as the team setting {@code forecast.adjustments.<period>}
 * ({@link #settingName}), so it syncs and only an admin or a manager may change it, like every team setting.
 */
public record ForecastAdjustments(Map<UUID, Adjustment> byRep) {
    public static final String SETTING_PREFIX = "forecast.adjustments.";
    /** No team has this many reps; a bigger setting is refused. */
    public static final int MAX_REPS = 2_000;
    public static final int MAX_NOTE = 500;
    /** A trillion either way: beyond any deal book, and well inside numeric(19,2). */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");
    public static final ForecastAdjustments NONE = new ForecastAdjustments(Map.of());
    private static final Pattern NAME = Pattern.compile(Pattern.quote(SETTING_PREFIX) + "\\d{4}-(Q[1-4]|0[1-9]|1[0-2])");

    /** One rep's adjustment: the amount added to the rep's forecast and why. */
    public record Adjustment(BigDecimal amount, String note) {
        public Adjustment {
            note = note == null ? "" : note;
        }
    }

    public ForecastAdjustments {
        byRep = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byRep));
    }

    /** The setting holding a month's or quarter's adjustments, e.g. {@code forecast.adjustments.2027-Q1}. */
    public static String settingName(String periodKey) {
        String name = SETTING_PREFIX + periodKey;
        if (!isSettingName(name)) {
            throw new IllegalArgumentException("Adjustments are kept per month (2027-03) or quarter (2027-Q1), not for '"
                    + periodKey + "'.");
        }
        return name;
    }

    public static boolean isSettingName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    public BigDecimal of(UUID rep) {
        Adjustment a = byRep.get(rep);
        return a == null ? BigDecimal.ZERO : a.amount();
    }

    public String noteOf(UUID rep) {
        Adjustment a = byRep.get(rep);
        return a == null ? "" : a.note();
    }

    /** These adjustments with the rep's replaced; a zero amount with no note removes it. */
    public ForecastAdjustments with(UUID rep, BigDecimal amount, String note) {
        Map<UUID, Adjustment> next = new LinkedHashMap<>(byRep);
        boolean empty = (amount == null || amount.signum() == 0) && (note == null || note.isBlank());
        if (empty) {
            next.remove(rep);
        } else {
            next.put(rep, new Adjustment(amount == null ? BigDecimal.ZERO : amount, note == null ? "" : note.strip()));
        }
        return new ForecastAdjustments(next);
    }

    /** What is wrong with these adjustments, in words naming the rep; empty when they can be stored. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (byRep.size() > MAX_REPS) {
            problems.add("has " + byRep.size() + " reps; at most " + MAX_REPS + " are kept.");
        }
        byRep.forEach((rep, a) -> problem(rep, a).ifPresent(problems::add));
        return problems;
    }

    private static Optional<String> problem(UUID rep, Adjustment a) {
        if (rep == null) {
            return Optional.of("an adjustment has no rep.");
        }
        if (a == null || a.amount() == null) {
            return Optional.of("rep " + rep + " has no amount.");
        }
        if (a.amount().abs().compareTo(MAX_AMOUNT) > 0) {
            return Optional.of("rep " + rep + "'s amount " + a.amount().toPlainString() + " is beyond ±" + MAX_AMOUNT.toPlainString() + ".");
        }
        if (a.amount().scale() > 2) {
            return Optional.of("rep " + rep + "'s amount " + a.amount().toPlainString() + " has more than two decimals.");
        }
        if (a.note().length() > MAX_NOTE) {
            return Optional.of("rep " + rep + "'s note is " + a.note().length() + " characters; at most " + MAX_NOTE + ".");
        }
        if (a.note().chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t')) {
            return Optional.of("rep " + rep + "'s note holds control characters.");
        }
        return Optional.empty();
    }
}
