package com.nexuscrm.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.routing.SlaPolicy;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The team's SLA setting as JSON: read back as written; every wrong shape refused with what is wrong. */
class TeamSettingSlaJsonTest {
    private static final String VALID = "{\"workdays\":[\"MONDAY\",\"TUESDAY\"],\"startHour\":8,\"endHour\":16,"
            + "\"holidays\":[\"2026-12-25\"],\"warningPercent\":25,\"escalate\":false,\"escalateAfterMinutes\":30}";

    @Test
    void readsWhatItWrites() {
        SlaPolicy policy = new SlaPolicy(EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.THURSDAY), 8, 16,
                new TreeSet<>(java.util.List.of(LocalDate.parse("2026-12-25"), LocalDate.parse("2027-01-01"))), 25, false, 30);
        assertEquals(policy, TeamSettingJson.readSla(TeamSettingJson.writeSla(policy)));
        assertEquals(SlaPolicy.DEFAULT, TeamSettingJson.readSla(TeamSettingJson.writeSla(SlaPolicy.DEFAULT)));
        assertEquals(Optional.empty(), TeamSettingJson.problems(TeamSettingJson.SLA, VALID));
    }

    @Test
    void wrongShapesAreRefusedSayingWhatIsWrong() {
        assertTrue(problem("{\"workdays\":\"MONDAY\"}").contains("workdays (day names such as MONDAY)"));
        assertTrue(problem(VALID.replace("MONDAY", "FUNDAY")).contains("day names"));
        assertTrue(problem(VALID.replace("2026-12-25", "Christmas")).contains("dates as 2026-12-25"));
        assertTrue(problem("{\"workdays\":[\"MONDAY\"],\"startHour\":9}").contains("lacks endHour, holidays,"
                + " warningPercent, escalate, escalateAfterMinutes"));
        assertTrue(problem(VALID.replace("\"endHour\":16", "\"endHour\":25")).contains("Working hours, to"));
        assertTrue(problem(VALID.replace("\"workdays\":[\"MONDAY\",\"TUESDAY\"]", "\"workdays\":[]")).contains("Working days"));
        assertTrue(problem(VALID.replace("}", ",\"password\":\"x\"}")).contains("not an object"));
        assertTrue(problem("[1,2]").contains("not an object"));
        assertTrue(problem("not json").contains("not an object"));
    }

    private static String problem(String content) {
        return TeamSettingJson.problems(TeamSettingJson.SLA, content).orElseThrow(() -> new AssertionError(content));
    }
}
