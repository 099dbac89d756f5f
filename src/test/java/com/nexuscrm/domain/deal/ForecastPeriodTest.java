package com.nexuscrm.domain.deal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.TeamSetting;
import com.nexuscrm.json.TeamSettingJson;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Periods as people type them, and the adjustments' setting: its names and its JSON, hostile values refused. */
class ForecastPeriodTest {
    @Test
    void quartersMonthsAndRanges() {
        ForecastPeriod q = ForecastPeriod.parse(" 2027-q1 ");
        assertEquals(LocalDate.of(2027, 1, 1), q.from());
        assertEquals(LocalDate.of(2027, 3, 31), q.to());
        assertEquals("2027-Q1", q.key());
        assertEquals("2027-Q2", q.next().key());
        assertEquals(LocalDate.of(2028, 2, 29), ForecastPeriod.parse("2028-02").to());
        assertEquals("2027-Q4", ForecastPeriod.quarterOf(LocalDate.of(2027, 12, 31)).key());
        ForecastPeriod custom = ForecastPeriod.parse("2027-01-10..2027-02-20");
        assertTrue(custom.adjustmentKey().isEmpty());
        assertTrue(custom.contains(LocalDate.of(2027, 2, 20)) && !custom.contains(LocalDate.of(2027, 2, 21)));
    }

    @Test
    void whatIsNotAPeriodIsRefusedShowingTheForms() {
        for (String bad : new String[] {"2027-Q5", "Q1", "", "2027-13", "2027-02-30..2027-03-01", "2027-03-01..2027-02-01"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ForecastPeriod.parse(bad));
            assertTrue(e.getMessage().contains("2027") || e.getMessage().contains("before"), bad + ": " + e.getMessage());
        }
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ForecastPeriod.parse("2020-01-01..2027-01-01"))
                .getMessage().contains("three years"));
    }

    @Test
    void adjustmentsAreKnownSettingsPerMonthOrQuarterOnly() {
        assertTrue(TeamSetting.isKnownName("forecast.adjustments.2027-Q1"));
        assertTrue(TeamSetting.isKnownName("forecast.adjustments.2027-03"));
        assertFalse(TeamSetting.isKnownName("forecast.adjustments.2027-Q5"));
        assertFalse(TeamSetting.isKnownName("forecast.adjustments.2027-13"));
        assertFalse(TeamSetting.isKnownName("forecast.adjustments.2027-01-01..2027-02-01"));
        assertFalse(TeamSetting.isKnownName("forecast.adjustments."));
        assertThrows(IllegalArgumentException.class, () -> ForecastAdjustments.settingName("2027-01-01..2027-02-01"));
    }

    @Test
    void adjustmentsRoundTripAndHostileJsonIsRefusedNamingWhatIsWrong() {
        UUID rep = UUID.fromString("00000000-0000-0000-0000-000000000001");
        ForecastAdjustments a = ForecastAdjustments.NONE.with(rep, new BigDecimal("-2500.50"), "Acme slips to Q2");
        String json = TeamSettingJson.writeAdjustments(a);
        assertEquals("{\"reps\":[{\"rep\":\"" + rep + "\",\"amount\":-2500.50,\"note\":\"Acme slips to Q2\"}]}", json);
        assertEquals(a, TeamSettingJson.readAdjustments(json));
        String name = "forecast.adjustments.2027-Q1";
        assertTrue(TeamSettingJson.problems(name, json).isEmpty());
        String r = "\"rep\":\"" + rep + "\"";
        assertProblem(name, "{\"reps\":[{" + r + ",\"amount\":1},{" + r + ",\"amount\":2}]}", "twice");
        assertProblem(name, "{\"reps\":[{" + r + ",\"amount\":1e13}]}", "beyond");
        assertProblem(name, "{\"reps\":[{" + r + ",\"amount\":1.001}]}", "two decimals");
        assertProblem(name, "{\"reps\":[{" + r + "}]}", "no amount");
        assertProblem(name, "{\"reps\":[{\"amount\":5}]}", "no rep");
        assertProblem(name, "{\"reps\":[{" + r + ",\"amount\":5,\"note\":\"" + "x".repeat(501) + "\"}]}", "501 characters");
        assertProblem(name, "{\"reps\":[{" + r + ",\"amount\":5,\"note\":\"a\\u0000b\"}]}", "control");
        assertProblem(name, "{\"reps\":[{" + r + ",\"amount\":5,\"owner\":\"me\"}]}", "are not");
        assertProblem(name, "{\"reps\":[{\"rep\":\"not-a-uuid\",\"amount\":5}]}", "are not");
        assertProblem(name, "{}", "lack");
        assertProblem(name, "[1,2]", "are not");
        assertProblem(name, "not json", "are not");
    }

    private static void assertProblem(String name, String content, String says) {
        String problem = TeamSettingJson.problems(name, content).orElseThrow(() -> new AssertionError("accepted: " + content));
        assertTrue(problem.contains(says), content + " -> " + problem);
    }
}
