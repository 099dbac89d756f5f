package com.nexuscrm.domain.deal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How risks and health write numbers and dates in their evidence: plain English, the year only when it differs. */
final class Wording {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private Wording() { }

    static String date(LocalDate d, LocalDate today) {
        return d.format(d.getYear() == today.getYear() ? DAY : DAY_YEAR);
    }

    static String date(Instant at, ZoneId zone, LocalDate today) {
        return date(LocalDate.ofInstant(at, zone), today);
    }

    static String days(long n) {
        return n == 1 ? "1 day" : n + " days";
    }

    static String times(int n) {
        return n == 1 ? "once" : n == 2 ? "twice" : n + " times";
    }

    static String money(BigDecimal amount, String currency) {
        NumberFormat f = NumberFormat.getNumberInstance(Locale.ENGLISH);
        f.setMaximumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
        f.setMinimumFractionDigits(f.getMaximumFractionDigits());
        String number = f.format(amount.setScale(f.getMaximumFractionDigits(), RoundingMode.HALF_UP));
        return currency == null || currency.isBlank() ? number : currency + " " + number;
    }

    static String oneDecimal(double x) {
        return String.format(Locale.ROOT, "%.1f", x).replace("-", "\u2212");
    }

    static String twoDecimals(double x) {
        return String.format(Locale.ROOT, "%.2f", x).replace("-", "\u2212");
    }
}
