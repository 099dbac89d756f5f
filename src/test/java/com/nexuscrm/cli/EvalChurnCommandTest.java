package com.nexuscrm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.nexuscrm.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nexus eval churn --csv} as a user runs it, on a small generated churn table: the shared held-out machinery
 * of {@code eval leads} (model and logistic baseline named, bootstrap interval, verdict in words), the leakage guard
 * dropping a post-outcome column, and a clear error without {@code --label}.
 */
class EvalChurnCommandTest {
    @TempDir Path dir;

    @Test
    void evaluatesAChurnCsvAgainstTheLogisticBaselineAsJson() throws Exception {
        Path csv = dir.resolve("churn.csv");
        StringBuilder s = new StringBuilder("customerID,tenure,Contract,MonthlyCharges,cancel_reason,Churn\n");
        Random random = new Random(5);
        String[] contracts = {"Month-to-month", "One year", "Two year"};
        for (int i = 0; i < 900; i++) {
            int tenure = 1 + random.nextInt(72);
            int contract = random.nextInt(3);
            double charges = 20 + 100 * random.nextDouble();
            double logit = 0.8 - 0.04 * tenure - 1.2 * contract + 0.01 * (charges - 70) + 0.5 * random.nextGaussian();
            boolean churn = random.nextDouble() < 1 / (1 + Math.exp(-logit));
            s.append(String.format(Locale.ROOT, "C%04d,%d,%s,%.2f,%s,%s%n", i, tenure, contracts[contract], charges,
                    churn ? "price" : "renewed", churn ? "Yes" : "No"));
        }
        Files.writeString(csv, s);

        NexusProcess.Run run = NexusProcess.run(dir, "unused", "eval", "churn", "--csv", csv.toString(), "--label", "Churn", "--json");
        assertEquals(0, run.exit(), run.err());
        JsonNode out = Json.mapper().readTree(String.join("\n", run.out()));
        assertEquals("Churn", out.get("label").asText());
        assertEquals(180, out.get("heldOutRows").asInt(), "a stratified 20%");
        assertTrue(out.get("model").get("name").asText().startsWith("DL4J "));
        assertEquals("Tribuo logistic regression", out.get("baselines").get("logistic").get("name").asText());
        assertTrue(out.get("model").get("auc").asDouble() > 0.7, out.toString());
        assertEquals(2, out.get("model").get("auc95").size());
        assertTrue(out.get("verdict").asText().matches("beats|ties|loses"));
        assertTrue(run.err().contains("leakage guard dropped cancel_reason"), run.err());
        boolean dropped = false;
        for (JsonNode f : out.get("leakageGuard")) {
            dropped |= f.get("column").asText().equals("cancel_reason") && !f.get("kept").asBoolean();
        }
        assertTrue(dropped, "the post-outcome reason column is named in the JSON");
    }

    @Test
    void aCsvWithoutLabelIsRefusedByName() throws Exception {
        Path csv = Files.writeString(dir.resolve("c.csv"), "a,Churn\n1,Yes\n");
        NexusProcess.Run run = NexusProcess.run(dir, "unused", "eval", "churn", "--csv", csv.toString());
        assertTrue(run.exit() != 0);
        assertTrue(run.err().contains("--csv needs --label COLUMN"), run.err());
    }
}
