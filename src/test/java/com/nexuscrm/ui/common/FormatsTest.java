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
        assertEquals("€12,000", uk.money("EUR", new BigDecimal("12000.40")));
        assertEquals("12,000", uk.money(null, new BigDecimal("12000")));
        assertEquals("", uk.money("EUR", null));
        assertEquals("US$603K", uk.shortMoney("USD", new BigDecimal("603000.00")));
        assertEquals("US$19.7M", uk.shortMoney("USD", new BigDecimal("19711000")));
        assertEquals("US$1.2B", uk.shortMoney("USD", new BigDecimal("1186174000")));
        assertEquals("", uk.shortMoney("USD", null));
        assertEquals("1,234.5", uk.number(new BigDecimal("1234.5"), 1));
        assertEquals("43%", uk.percent(0.425));
        assertEquals("42%", uk.percent(0.424));
        assertEquals("12.345", new Formats(Locale.GERMANY, ZoneOffset.UTC).count(12_345));
    }

    @Test
    void moneyTakesTheCurrencysSymbolWhereTheLocalePutsIt() {
        Formats uk = new Formats(Locale.UK, ZoneOffset.UTC);
        Formats de = new Formats(Locale.GERMANY, ZoneOffset.UTC);
        BigDecimal revenue = new BigDecimal("5828000.00");
        assertEquals("£5,828,000", uk.money("GBP", revenue));
        assertEquals("US$5,828,000", uk.money("USD", revenue));
        assertEquals("5.828.000\u00a0€", de.money("EUR", revenue));
        assertEquals("5.828.000\u00a0£", de.money("GBP", revenue));
        assertEquals("-£1,200", uk.money("GBP", new BigDecimal("-1200")));
        assertEquals("JP¥48,000", uk.money("JPY", new BigDecimal("48000"))); // no minor unit shown for any currency
        // short forms for tiles and narrow columns keep the symbol on its side
        assertEquals("£5.8M", uk.shortMoney("GBP", revenue));
        assertEquals("-£1.2K", uk.shortMoney("GBP", new BigDecimal("-1200")));
        assertEquals("5,8\u00a0Mio.\u00a0€", de.shortMoney("EUR", revenue));
        // a code the JDK does not know (a deal synced from an old client) is written before the number, as it is
        assertEquals("XBT 12,000", uk.money("XBT", new BigDecimal("12000")));
        assertEquals("XBT 12K", uk.shortMoney("XBT", new BigDecimal("12000")));
    }

    @Test
    void shortDurations() {
        assertEquals("12 min", Formats.shortDuration(Duration.ofMinutes(12)));
        assertEquals("4h 05m", Formats.shortDuration(Duration.ofMinutes(245)));
        assertEquals("0 min", Formats.shortDuration(Duration.ofMinutes(-3)));
    }
}
