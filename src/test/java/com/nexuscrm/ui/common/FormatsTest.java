package com.nexuscrm.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {
    private static final Instant AT = Instant.parse("2026-11-25T09:30:00Z");

    @Test
    void datesFollowTheLocale() {
        Formats uk = new Formats(Locale.UK, ZoneOffset.UTC);
        Formats us = new Formats(Locale.US, ZoneOffset.UTC);
        Formats de = new Formats(Locale.GERMANY, ZoneOffset.UTC);
        assertEquals("25 Nov 2026", uk.day(AT));
        assertEquals("25 Nov 2026", uk.day(LocalDate.of(2026, 11, 25)));
        assertEquals("Nov 25, 2026", us.day(AT));
        assertEquals("25.11.2026", de.day(AT));
        assertEquals("25 Nov 2026, 09:30", uk.dayTime(AT));
        assertEquals("25 Nov, 09:30", uk.dayMonthTime(AT));
        assertEquals("Nov 25, 9:30\u202fAM".replace('\u202f', ' '), us.dayMonthTime(AT).replace('\u202f', ' '));
        assertEquals("25.11., 09:30", de.dayMonthTime(AT));
        assertEquals("09:30", uk.time(AT));
        assertEquals("", uk.day(null));
    }

    @Test
    void theZoneMovesTheDay() {
        assertEquals("26 Nov 2026", new Formats(Locale.UK, ZoneOffset.ofHours(15)).day(AT));
    }

    @Test
    void numbersMoneyAndPercentages() {
        Formats uk = new Formats(Locale.UK, ZoneOffset.UTC);
        assertEquals("12,345", uk.count(12_345));
        assertEquals("EUR 12,000", uk.money("EUR", new BigDecimal("12000.40")));
        assertEquals("12,000", uk.money(null, new BigDecimal("12000")));
        assertEquals("", uk.money("EUR", null));
        assertEquals("USD 603K", uk.shortMoney("USD", new BigDecimal("603000.00")));
        assertEquals("USD 19.7M", uk.shortMoney("USD", new BigDecimal("19711000")));
        assertEquals("USD 1.2B", uk.shortMoney("USD", new BigDecimal("1186174000")));
        assertEquals("", uk.shortMoney("USD", null));
        assertEquals("1,234.5", uk.number(new BigDecimal("1234.5"), 1));
        assertEquals("43%", uk.percent(0.425));
        assertEquals("42%", uk.percent(0.424));
        assertEquals("12.345", new Formats(Locale.GERMANY, ZoneOffset.UTC).count(12_345));
    }

    @Test
    void shortDurations() {
        assertEquals("12 min", Formats.shortDuration(Duration.ofMinutes(12)));
        assertEquals("4h 05m", Formats.shortDuration(Duration.ofMinutes(245)));
        assertEquals("0 min", Formats.shortDuration(Duration.ofMinutes(-3)));
    }
}
