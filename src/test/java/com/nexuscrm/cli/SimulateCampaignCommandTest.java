package com.nexuscrm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.nexuscrm.json.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code nexus simulate campaign} in process: the report, one JSON object, and bad options named. */
class SimulateCampaignCommandTest {

    private record Run(int exit, String out, String err) { }

    private static Run run(String... args) {
        CommandLine cli = NexusCommand.commandLine((folder, exit) -> { throw new AssertionError("no window"); });
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return new Run(cli.execute(args), out.toString(), err.toString());
    }

    @Test
    void jsonIsOneObjectWithTheCurveTheFinalsAndOneSegmentsPosteriors() throws Exception {
        Run run = run("simulate", "campaign", "--leads", "1000", "--seed", "3", "--json");
        assertEquals(0, run.exit(), run.err());
        JsonNode root = Json.mapper().readTree(run.out());
        assertEquals(1000, root.get("leads").asInt());
        assertEquals(10, root.get("curve").size());
        assertEquals(root.get("final").get("bandit").get("regret").asDouble(),
                root.get("curve").get(9).get("bandit").asDouble(), 1e-9);
        assertEquals(root.get("final").get("bandit").get("regret").asDouble()
                / root.get("final").get("uniform").get("regret").asDouble(), root.get("banditOverUniform").asDouble(), 1e-9);
        assertEquals(4, root.get("segment").get("posteriors").get("channel").get("arms").size());
        assertEquals(12, root.get("segment").get("posteriors").get("send_time").get("arms").size());
        assertEquals("EMAIL", root.get("fixedGuess").get("channel").asText());
    }

    @Test
    void theReportPrintsTheCurveAndTheRatio() {
        Run run = run("simulate", "campaign", "--leads", "1000", "--seed", "3");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("     1,000 "), run.out());
        assertTrue(run.out().contains("Bandit / uniform = "), run.out());
        assertTrue(run.out().contains("90% interval"), run.out());
    }

    @Test
    void badOptionsAreNamed() {
        Run grid = run("simulate", "campaign", "--grid", "daily");
        assertEquals(2, grid.exit());
        assertEquals("error: --grid daily: use blocks or hour-of-week.", grid.err().strip());
        Run floor = run("simulate", "campaign", "--exploration", "2");
        assertEquals(2, floor.exit());
        assertTrue(floor.err().startsWith("error: --exploration is a share from 0 to 1"), floor.err());
        Run leads = run("simulate", "campaign", "--leads", "3");
        assertEquals("error: --leads must be at least 10, not 3.", leads.err().strip());
    }
}
