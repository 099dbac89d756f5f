package com.nexuscrm.conversation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Due dates said in a call, as the recogniser writes them (lowercase words, numbers spelt out), turned into a date
 * relative to the day of the call: "today", "tonight", "tomorrow", "by tuesday" (the next tuesday after the call),
 * "this friday", "next friday" (the friday of the week after the call's), "next week" (its monday), "next month"
 * (its first day), "end of the day / week / month / quarter / year", "on the fifteenth" (the next 15th on or after the
 * call), "march third", "the twenty first of june". A day-of-month ordinal needs a month, or "on", "by", "before",
 * "until" (with or without "the") before it, so "the first step" is not a date.
 */
final class DueDates {
    /** A due phrase found in words {@code [start, end)} and its date ({@code null} when the call date is unknown). */
    record Due(int start, int end, String phrase, LocalDate date) {
    }

    private static final Set<String> QUALIFIERS = Set.of("by", "on", "before", "until", "till", "the", "early",
            "later", "first", "thing", "no", "than");
    private static final Set<String> LEADS = Set.of("on", "by", "before", "until", "till");
    private static final List<String> UNITS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth");
    private static final Map<String, Integer> ORDINALS = Map.ofEntries(Map.entry("tenth", 10), Map.entry("eleventh", 11),
            Map.entry("twelfth", 12), Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
            Map.entry("sixteenth", 16), Map.entry("seventeenth", 17), Map.entry("eighteenth", 18),
            Map.entry("nineteenth", 19), Map.entry("twentieth", 20), Map.entry("thirtieth", 30));
    private static final Pattern DIGITS = Pattern.compile("(\\d{1,2})(st|nd|rd|th)?");

    private DueDates() {
    }

    /** The first due phrase in {@code w[from, to)}, or {@code null}. */
    static Due find(List<String> w, int from, int to, LocalDate callDate) {
        for (int j = from; j < to; j++) {
            Due due = at(w, j, to, callDate);
            if (due != null) {
                int start = due.start();
                while (start - 1 >= from && QUALIFIERS.contains(w.get(start - 1))) {
                    start--;
                }
                return new Due(start, due.end(), String.join(" ", w.subList(start, due.end())), due.date());
            }
        }
        return null;
    }

    private static Due at(List<String> w, int j, int to, LocalDate day) {
        String word = w.get(j);
        String next = j + 1 < to ? w.get(j + 1) : "";
        switch (word) {
            case "today", "tonight", "eod" -> { return due(j, j + 1, day, 0); }
            case "tomorrow" -> { return due(j, j + 1, day, 1); }
            case "end" -> { return endOf(w, j, to, day); }
            case "next", "this" -> {
                DayOfWeek weekday = weekday(next);
                if (weekday != null) {
                    return new Due(j, j + 2, null, day == null ? null : word.equals("this")
                            ? day.with(TemporalAdjusters.nextOrSame(weekday))
                            : day.with(TemporalAdjusters.next(DayOfWeek.SUNDAY)).with(TemporalAdjusters.nextOrSame(weekday)));
                }
                return period(word.equals("next"), next, j, day);
            }
            case "weekend" -> { return new Due(j, j + 1, null, day == null ? null : day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY))); }
            default -> {
                DayOfWeek weekday = weekday(word);
                if (weekday != null) {
                    return new Due(j, j + 1, null, day == null ? null : day.with(TemporalAdjusters.next(weekday)));
                }
                return dayOfMonth(w, j, to, day);
            }
        }
    }

    /** "next week" (its monday), "next month" / "next quarter" (their first day), "this week" (its friday), "this month", "this morning". */
    private static Due period(boolean next, String unit, int j, LocalDate day) {
        if (!Set.of("week", "month", "quarter", "morning", "afternoon", "evening").contains(unit)
                || next && Set.of("morning", "afternoon", "evening").contains(unit)) {
            return null;
        }
        if (day == null) {
            return new Due(j, j + 2, null, null);
        }
        LocalDate quarterStart = LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
        LocalDate date = switch (unit) {
            case "week" -> next ? day.with(TemporalAdjusters.next(DayOfWeek.MONDAY)) : day.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
            case "month" -> next ? day.with(TemporalAdjusters.firstDayOfNextMonth()) : day.with(TemporalAdjusters.lastDayOfMonth());
            case "quarter" -> next ? quarterStart.plusMonths(3) : quarterStart.plusMonths(3).minusDays(1);
            default -> day;
        };
        return new Due(j, j + 2, null, date);
    }

    private static Due due(int start, int end, LocalDate day, int plusDays) {
        return new Due(start, end, null, day == null ? null : day.plusDays(plusDays));
    }

    /** "end of (the) day / week / month / quarter / year". */
    private static Due endOf(List<String> w, int j, int to, LocalDate day) {
        int k = j + 1;
        if (k >= to || !w.get(k).equals("of")) {
            return null;
        }
        k++;
        if (k < to && (w.get(k).equals("the") || w.get(k).equals("this"))) {
            k++;
        }
        if (k >= to) {
            return null;
        }
        LocalDate date = switch (w.get(k)) {
            case "day" -> day;
            case "week" -> day == null ? null : day.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
            case "month" -> day == null ? null : day.with(TemporalAdjusters.lastDayOfMonth());
            case "quarter" -> day == null ? null : LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 3, 1)
                    .with(TemporalAdjusters.lastDayOfMonth());
            case "year" -> day == null ? null : day.with(TemporalAdjusters.lastDayOfYear());
            default -> LocalDate.MIN;
        };
        return LocalDate.MIN.equals(date) ? null : new Due(j, k + 1, null, date);
    }

    /** "march third", "the fifteenth (of june)", "on the 15th", "by the twenty first". */
    private static Due dayOfMonth(List<String> w, int j, int to, LocalDate day) {
        Month month = month(w.get(j));
        int k = month != null ? j + 1 : j;
        if (month != null && k < to && w.get(k).equals("the")) {
            k++;
        }
        int[] ordinal = ordinal(w, k, to);
        if (ordinal == null) {
            return null;
        }
        int end = k + ordinal[1];
        boolean anchored = month != null || (j > 0 && LEADS.contains(w.get(j - 1)))
                || (j > 1 && w.get(j - 1).equals("the") && LEADS.contains(w.get(j - 2)));
        if (month == null && end + 1 < to && w.get(end).equals("of") && month(w.get(end + 1)) != null) {
            month = month(w.get(end + 1));
            end += 2;
            anchored = true;
        }
        if (!anchored) {
            return null;
        }
        return new Due(j, end, null, day == null ? null : date(day, month, ordinal[0]));
    }

    private static LocalDate date(LocalDate day, Month month, int dayOfMonth) {
        if (month == null) {
            LocalDate candidate = day.withDayOfMonth(Math.min(dayOfMonth, day.lengthOfMonth()));
            return candidate.isBefore(day) ? day.plusMonths(1).withDayOfMonth(Math.min(dayOfMonth, day.plusMonths(1).lengthOfMonth())) : candidate;
        }
        LocalDate candidate = LocalDate.of(day.getYear(), month, Math.min(dayOfMonth, month.length(day.isLeapYear())));
        return candidate.isBefore(day) ? candidate.plusYears(1) : candidate;
    }

    /** {value, words used} of the ordinal at {@code k}: "fifteenth", "twenty first", "15th", "3rd". */
    private static int[] ordinal(List<String> w, int k, int to) {
        if (k >= to) {
            return null;
        }
        String word = w.get(k);
        Matcher digits = DIGITS.matcher(word);
        if (digits.matches() && digits.group(2) != null) {
            int value = Integer.parseInt(digits.group(1));
            return value >= 1 && value <= 31 ? new int[] {value, 1} : null;
        }
        if ((word.equals("twenty") || word.equals("thirty")) && k + 1 < to) {
            int unit = UNITS.indexOf(w.get(k + 1)) + 1;
            int value = (word.equals("twenty") ? 20 : 30) + unit;
            return unit > 0 && value <= 31 ? new int[] {value, 2} : null;
        }
        int unit = UNITS.indexOf(word) + 1;
        if (unit > 0) {
            return new int[] {unit, 1};
        }
        Integer value = ORDINALS.get(word);
        return value == null ? null : new int[] {value, 1};
    }

    private static DayOfWeek weekday(String word) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().toLowerCase(Locale.ROOT).equals(word)) {
                return d;
            }
        }
        return null;
    }

    private static Month month(String word) {
        for (Month m : Month.values()) {
            if (m.name().toLowerCase(Locale.ROOT).equals(word)) {
                return m;
            }
        }
        return null;
    }
}
