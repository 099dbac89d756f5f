package com.nexuscrm.domain.campaign;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a reply names, read relative to the day it was received (in the recipient's zone): when an out-of-office
 * sender is back ("back on 14 December", "returning Monday", "until 2027-01-05", "until the 3rd", "back 9/2" read
 * day/month, "tomorrow", "next week", "the end of the month") and when a "not now" sender wants to hear again ("try
 * me in March", "in Q2", "next quarter", "in six months", "next year", "in the fall"). A date without a year is its
 * next occurrence after the received day. Several dates: the last one written of the most explicit kind (a day with
 * its month beats "the 8th", which beats a weekday, which beats "next week"), so "from the 1st to the 8th" is the 8th. A date
 * on or before the received day, or further away than the kind allows (absurd), is not a date: the caller's default.
 */
public final class OutOfOfficeDates {
    /** Out of office: at most this many days away. */
    public static final int MAX_AWAY_DAYS = 183;
    /** Not now: at most this many days away. */
    public static final int MAX_LATER_DAYS = 400;

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH + "\\b,?(?:\\s+(\\d{4}))?");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + "\\s+" + DAY + "\\b(?:,?\\s+(\\d{4}))?");
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d./])(\\d{1,2})[./](\\d{1,2})(?:[./](\\d{2}|\\d{4}))?(?![\\d./]*\\d)");
    private static final Pattern MONTH_ALONE = Pattern.compile("\\b(?:until|till|in|around|by|from|after|before|back in|"
            + "early|mid|end of|start of|beginning of)\\s+(?:early\\s+|mid-?\\s*)?" + MONTH + "\\b(?:\\s+(\\d{4}))?");
    private static final Pattern THE_DAY = Pattern.compile("\\bthe\\s+" + DAY + "\\b(?!\\s+(?:of\\s+)?" + MONTH + ")");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
    private static final Pattern QUARTER = Pattern.compile("\\bq([1-4])\\b");
    private static final Pattern IN_UNITS = Pattern.compile("\\b(?:in|for|after)\\s+(?:about\\s+|another\\s+)?(a|an|one|two|"
            + "three|four|five|six|seven|eight|nine|ten|eleven|twelve|a couple of|a few|\\d{1,2})\\s+(day|week|month)s?\\b");
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("a couple of", 2), Map.entry("a few", 3));

    private OutOfOfficeDates() {
    }

    /** The day an out-of-office sender says they are back, if the text names one within {@value #MAX_AWAY_DAYS} days. */
    public static Optional<LocalDate> returnDate(String text, LocalDate received) {
        return latest(text, received, MAX_AWAY_DAYS, false);
    }

    /** The day a "not now" sender wants to hear again, if the text names one within {@value #MAX_LATER_DAYS} days. */
    public static Optional<LocalDate> laterDate(String text, LocalDate received) {
        return latest(text, received, MAX_LATER_DAYS, true);
    }

    private static Optional<LocalDate> latest(String text, LocalDate received, int maxDays, boolean later) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        List<List<Found>> kinds = List.of(explicit(t, received), theDay(t, received), weekdays(t, received),
                relative(t, received, later));
        for (List<Found> kind : kinds) {
            Optional<Found> last = kind.stream()
                    .filter(f -> f.date().isAfter(received) && !f.date().isAfter(received.plusDays(maxDays)))
                    .max(Comparator.comparingInt(Found::at));
            if (last.isPresent()) {
                return Optional.of(last.get().date());
            }
        }
        return Optional.empty();
    }

    /** Dates with their month: ISO, "14 December", "December 14th", "9/2", "until March". */
    private static List<Found> explicit(String t, LocalDate received) {
        List<Found> out = new ArrayList<>();
        Matcher m = ISO.matcher(t);
        while (m.find()) {
            add(out, m.start(), date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        }
        m = DAY_MONTH.matcher(t);
        while (m.find()) {
            add(out, m.start(), dayMonth(Integer.parseInt(m.group(1)), month(m.group(2)), m.group(3), received));
        }
        m = MONTH_DAY.matcher(t);
        while (m.find()) {
            add(out, m.start(), dayMonth(Integer.parseInt(m.group(2)), month(m.group(1)), m.group(3), received));
        }
        m = NUMERIC.matcher(t);
        while (m.find()) {
            String year = m.group(3) == null || m.group(3).length() == 4 ? m.group(3) : "20" + m.group(3);
            add(out, m.start(), dayMonth(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), year, received));
        }
        m = MONTH_ALONE.matcher(t);
        while (m.find()) {
            add(out, m.start(), dayMonth(1, month(m.group(1)), m.group(2), received));
        }
        return out;
    }

    /** "the 3rd": the next day of the month with that number after the received day. */
    private static List<Found> theDay(String t, LocalDate received) {
        List<Found> out = new ArrayList<>();
        Matcher m = THE_DAY.matcher(t);
        while (m.find()) {
            int day = Integer.parseInt(m.group(1));
            for (int ahead = 0; ahead < 3 && day >= 1 && day <= 31; ahead++) {
                LocalDate month = received.withDayOfMonth(1).plusMonths(ahead);
                if (day <= month.lengthOfMonth() && month.withDayOfMonth(day).isAfter(received)) {
                    out.add(new Found(m.start(), month.withDayOfMonth(day)));
                    break;
                }
            }
        }
        return out;
    }

    /** "Monday", "next Monday": the next such day after the received day. */
    private static List<Found> weekdays(String t, LocalDate received) {
        List<Found> out = new ArrayList<>();
        Matcher m = WEEKDAY.matcher(t);
        while (m.find()) {
            out.add(new Found(m.start(), received.with(TemporalAdjusters.next(DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT))))));
        }
        return out;
    }

    private static List<Found> relative(String t, LocalDate received, boolean later) {
        List<Found> out = new ArrayList<>();
        LocalDate nextMonday = received.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        LocalDate firstOfNextMonth = received.withDayOfMonth(1).plusMonths(1);
        when(t, "\\btomorrow\\b", received.plusDays(1), out);
        when(t, "\\b(?:next|this) week\\b", nextMonday, out);
        when(t, "\\bend of (?:the|this) month\\b", firstOfNextMonth, out);
        when(t, "\\bnext month\\b", firstOfNextMonth, out);
        when(t, "\\bnext year\\b|\\bnew year\\b", LocalDate.of(received.getYear() + 1, 1, 1), out);
        Matcher m = IN_UNITS.matcher(t);
        while (m.find()) {
            String n = m.group(1);
            int count = NUMBERS.containsKey(n) ? NUMBERS.get(n) : Integer.parseInt(n);
            out.add(new Found(m.start(), switch (m.group(2)) {
                case "day" -> received.plusDays(count);
                case "week" -> received.plusWeeks(count);
                default -> received.plusMonths(count);
            }));
        }
        if (later) {
            LocalDate quarterStart = received.withDayOfMonth(1).withMonth((received.getMonthValue() - 1) / 3 * 3 + 1);
            when(t, "\\bnext quarter\\b", quarterStart.plusMonths(3), out);
            when(t, "\\bhalf a year\\b|\\bsix months\\b", received.plusMonths(6), out);
            m = QUARTER.matcher(t);
            while (m.find()) {
                add(out, m.start(), dayMonth(1, (Integer.parseInt(m.group(1)) - 1) * 3 + 1, null, received));
            }
            when(t, "\\bsummer\\b", next(received, Month.JUNE), out);
            when(t, "\\b(?:fall|autumn)\\b", next(received, Month.SEPTEMBER), out);
            when(t, "\\bspring\\b", next(received, Month.MARCH), out);
            when(t, "\\bwinter\\b", next(received, Month.DECEMBER), out);
        }
        return out;
    }

    private static void when(String t, String regex, LocalDate date, List<Found> out) {
        Matcher m = Pattern.compile(regex).matcher(t);
        if (m.find()) {
            out.add(new Found(m.start(), date));
        }
    }

    private static void add(List<Found> out, int at, Optional<LocalDate> date) {
        date.ifPresent(d -> out.add(new Found(at, d)));
    }

    /** A date and where in the text it was written. */
    private record Found(int at, LocalDate date) {
    }

    private static LocalDate next(LocalDate received, Month month) {
        LocalDate first = received.withDayOfMonth(1).withMonth(month.getValue());
        return first.isAfter(received) ? first : first.plusYears(1);
    }

    /** Day and month with the year given, else their next occurrence after the received day. */
    private static Optional<LocalDate> dayMonth(int day, int month, String year, LocalDate received) {
        if (year != null) {
            return date(Integer.parseInt(year), month, day);
        }
        Optional<LocalDate> thisYear = date(received.getYear(), month, day);
        return thisYear.isPresent() && !thisYear.get().isAfter(received) ? date(received.getYear() + 1, month, day) : thisYear;
    }

    private static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException invalid) {
            return Optional.empty();
        }
    }

    private static int month(String name) {
        String prefix = name.substring(0, 3);
        for (Month m : Month.values()) {
            if (m.name().toLowerCase(Locale.ROOT).startsWith(prefix)) {
                return m.getValue();
            }
        }
        throw new IllegalArgumentException("Not a month: " + name);
    }
}
