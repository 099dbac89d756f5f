package com.nexuscrm.ui.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Currency;
import java.util.Locale;

/**
 * How the screens write dates, times, counts, money, percentages and durations: one place, following the
 * user's locale (the JVM's format locale) and time zone. Dates are {@link FormatStyle#MEDIUM} ("25 Nov 2026"
 * in the UK, "Nov 25, 2026" in the US), times {@link FormatStyle#SHORT}. Screens use {@link #user()}; models
 * whose text is tested take a {@code Formats} so a test can fix the locale and zone. Immutable.
 */
public final class Formats {
    private static final Formats USER = new Formats(Locale.getDefault(Locale.Category.FORMAT), ZoneId.systemDefault());

    private final Locale locale;
    private final ZoneId zone;
    private final DateTimeFormatter day;
    private final DateTimeFormatter dayTime;
    private final DateTimeFormatter dayMonthTime;
    private final DateTimeFormatter time;

    public Formats(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.zone = zone;
        this.day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(zone);
        this.dayTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale).withZone(zone);
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(zone);
        this.dayMonthTime = DateTimeFormatter.ofPattern(withoutYear(pattern(FormatStyle.MEDIUM, null, locale)) + ", "
                + pattern(null, FormatStyle.SHORT, locale), locale).withZone(zone);
    }

    /** This computer's format locale and time zone. */
    public static Formats user() {
        return USER;
    }

    public Locale locale() { return locale; }

    public ZoneId zone() { return zone; }

    /** A date ("25 Nov 2026"): a {@code LocalDate}, or an instant in this zone; "" for null. */
    public String day(TemporalAccessor t) {
        return t == null ? "" : day.format(t);
    }

    /** A date and time of day ("25 Nov 2026, 09:30"); "" for null. */
    public String dayTime(TemporalAccessor t) {
        return t == null ? "" : dayTime.format(t);
    }

    /** A recent date and time, without the year ("14 Nov, 09:30"); "" for null. */
    public String dayMonthTime(TemporalAccessor t) {
        return t == null ? "" : dayMonthTime.format(t);
    }

    /** A time of day ("09:30"); "" for null. */
    public String time(TemporalAccessor t) {
        return t == null ? "" : time.format(t);
    }

    /** A whole count with the locale's grouping ("12,345"). */
    public String count(long n) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    /** A number with grouping and at most {@code fractionDigits} decimals ("1,234.5"). */
    public String number(BigDecimal value, int fractionDigits) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(fractionDigits);
        f.setGroupingUsed(true);
        return f.format(value);
    }

    /**
     * An amount in whole units with its currency's symbol, placed and grouped as the user's locale writes it
     * ("£5,828,000" and "US$12,000" in the UK, "5.828.000 €" in Germany); a code the JDK does not know is written
     * before the number ("XBT 12,000"), no code gives the bare number; "" for a null amount.
     */
    public String money(String currency, BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormat f = currencyFormat(currency);
        return f == null ? (currency == null ? "" : currency + " ") + number(amount, 0) : f.format(amount);
    }

    /**
     * An amount shortened for a narrow column or a tile, with its currency's symbol where the locale puts it
     * ("£19.7M", "US$1.2B"; "603.000 €" stays long in German, whose short forms start at a million: "19,7 Mio. €");
     * full amounts go in a tooltip; "" for null.
     */
    public String shortMoney(String currency, BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat compact = NumberFormat.getCompactNumberInstance(locale, NumberFormat.Style.SHORT);
        compact.setMaximumFractionDigits(1);
        // as a double: the compact format drops the fraction digits of a BigDecimal (JDK 17)
        String number = compact.format(amount.abs().doubleValue());
        DecimalFormat f = currencyFormat(currency);
        if (f == null) {
            return (currency == null ? "" : currency + " ") + (amount.signum() < 0 ? "-" : "") + number;
        }
        return amount.signum() < 0 ? f.getNegativePrefix() + number + f.getNegativeSuffix()
                : f.getPositivePrefix() + number + f.getPositiveSuffix();
    }

    /** The locale's whole-unit format of a currency, or null for no code or one the JDK does not know. */
    private DecimalFormat currencyFormat(String currency) {
        if (currency == null || currency.isBlank()) {
            return null;
        }
        try {
            Currency known = Currency.getInstance(currency.strip());
            if (!(NumberFormat.getCurrencyInstance(locale) instanceof DecimalFormat f)) {
                return null;
            }
            f.setCurrency(known);
            f.setMinimumFractionDigits(0);
            f.setMaximumFractionDigits(0);
            f.setRoundingMode(RoundingMode.HALF_EVEN);
            return f;
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** A share of one as a whole percentage, rounded half up ("43%" for 0.425). */
    public String percent(double share) {
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMaximumFractionDigits(0);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(share);
    }

    /** A short duration for narrow columns: "12 min" under an hour, else "4h 05m". Negative reads as 0. */
    public static String shortDuration(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        return minutes < 60 ? minutes + " min" : String.format("%dh %02dm", minutes / 60, minutes % 60);
    }

    private static String pattern(FormatStyle date, FormatStyle time, Locale locale) {
        return DateTimeFormatterBuilder.getLocalizedDateTimePattern(date, time, IsoChronology.INSTANCE, locale);
    }

    /** "d MMM y" to "d MMM", "MMM d, y" to "MMM d", "dd.MM.y" to "dd.MM.": the year and its separator removed. */
    static String withoutYear(String pattern) {
        String p = pattern.replaceAll("[\\s,/\\-]*y+[^A-Za-z'.]*$", ""); // at the end: "d MMM y", "MMM d, y", "dd.MM.y"
        p = p.replaceAll("^y+[^A-Za-z']*", ""); // at the start: "y/MM/dd"
        return p.replaceAll("y+[^A-Za-z']*", "").trim();
    }
}
