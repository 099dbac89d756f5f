package com.nexuscrm.domain.deal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a forecast covers, both ends included: a month ({@code 2027-03}), a quarter ({@code 2027-Q1}) or any
 * range ({@code 2027-01-10..2027-02-20}). {@link #key()} is how it is written; a month's or quarter's key also
 * names its managers' adjustments ({@link ForecastAdjustments#settingName}), a custom range has none.
 */
public record ForecastPeriod(LocalDate from, LocalDate to, Kind kind) {
    public enum Kind { MONTH, QUARTER, CUSTOM }

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");
    /** A custom range longer than this is almost certainly a typo (and would forecast nothing useful). */
    private static final long MAX_DAYS = 3 * 366;

    public ForecastPeriod {
        if (from == null || to == null || kind == null) {
            throw new IllegalArgumentException("A forecast period needs a first day, a last day and a kind.");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends (" + to + ") before it starts (" + from + ").");
        }
    }

    public static ForecastPeriod month(YearMonth month) {
        return new ForecastPeriod(month.atDay(1), month.atEndOfMonth(), Kind.MONTH);
    }

    public static ForecastPeriod quarterOf(LocalDate day) {
        LocalDate first = day.withDayOfMonth(1).withMonth((day.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1);
        return new ForecastPeriod(first, first.plusMonths(3).minusDays(1), Kind.QUARTER);
    }

    public static ForecastPeriod custom(LocalDate from, LocalDate to) {
        return new ForecastPeriod(from, to, Kind.CUSTOM);
    }

    /**
     * The period a person typed: {@code 2027-Q1}, {@code 2027-03} or {@code 2027-01-10..2027-02-20}; anything
     * else is refused with a message showing the three forms.
     */
    public static ForecastPeriod parse(String text) {
        String t = text == null ? "" : text.strip();
        try {
            Matcher q = QUARTER.matcher(t);
            if (q.matches()) {
                return quarterOf(LocalDate.of(Integer.parseInt(q.group(1)), (Integer.parseInt(q.group(2)) - 1) * 3 + 1, 1));
            }
            if (MONTH.matcher(t).matches()) {
                return month(YearMonth.parse(t));
            }
            Matcher r = RANGE.matcher(t);
            if (r.matches()) {
                ForecastPeriod p = custom(LocalDate.parse(r.group(1)), LocalDate.parse(r.group(2)));
                if (ChronoUnit.DAYS.between(p.from, p.to) > MAX_DAYS) {
                    throw new IllegalArgumentException("'" + t + "' is longer than three years; choose a shorter period.");
                }
                return p;
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + t + "' is not a real date or month: " + e.getParsedString()
                    + ". Use a quarter (2027-Q1), a month (2027-03) or a range (2027-01-10..2027-02-20).");
        }
        throw new IllegalArgumentException("'" + t + "' is not a period: use a quarter (2027-Q1), a month (2027-03)"
                + " or a range (2027-01-10..2027-02-20).");
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    /** How the period is written: {@code 2027-Q1}, {@code 2027-03}, {@code 2027-01-10..2027-02-20}. */
    public String key() {
        return switch (kind) {
            case MONTH -> YearMonth.from(from).toString();
            case QUARTER -> from.getYear() + "-Q" + from.get(IsoFields.QUARTER_OF_YEAR);
            case CUSTOM -> from + ".." + to;
        };
    }

    /** The month's or quarter's key, which names its adjustments; empty for a custom range. */
    public Optional<String> adjustmentKey() {
        return kind == Kind.CUSTOM ? Optional.empty() : Optional.of(key());
    }

    /** The period after this one of the same kind (a custom range: the same number of days after it). */
    public ForecastPeriod next() {
        return switch (kind) {
            case MONTH -> month(YearMonth.from(from).plusMonths(1));
            case QUARTER -> quarterOf(from.plusMonths(3));
            case CUSTOM -> custom(to.plusDays(1), to.plusDays(1 + ChronoUnit.DAYS.between(from, to)));
        };
    }

    /** The Mondays-started weeks the period spans, each cut to the period: the forecast chart's buckets. */
    public List<LocalDate> weekEnds() {
        List<LocalDate> ends = new ArrayList<>();
        LocalDate day = from;
        while (!day.isAfter(to)) {
            LocalDate sunday = day.plusDays(7 - day.getDayOfWeek().getValue());
            LocalDate end = sunday.isAfter(to) ? to : sunday;
            ends.add(end);
            day = end.plusDays(1);
        }
        return ends;
    }

    @Override
    public String toString() {
        return key();
    }
}
