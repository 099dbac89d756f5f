package com.nexuscrm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.nexuscrm.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nexus eval replies} as a user runs it, on a few replies written here (never the held-out file): the model
 * and both baselines named, intervals, cross-validated figures, and a bad line refused by file and line.
 */
class EvalRepliesCommandTest {
    private static final String TRAIN = "src/test/resources/replies/replies-train.tsv";
    @TempDir Path dir;

    @Test
    void reportsTheModelBesideTheBaselinesAsJson() throws Exception {
        Path test = Files.writeString(dir.resolve("few.tsv"), String.join("\n",
                "interested\tSounds great, can we book a call on Thursday?",
                "not_now\tWe are busy until the end of the quarter, try me again in April.",
                "not_interested\tThanks, but we have no interest in this.",
                "out_of_office\tAutomatic reply: I am on holiday until 4 June.",
                "unsubscribe\tPlease remove me from your mailing list.",
                "referral\tI'm not the right person, please contact our COO, Mina Park.",
                "question\tDo you support single sign-on with Okta?", ""));
        NexusProcess.Run run = NexusProcess.run(dir, "unused", "eval", "replies", "--train", TRAIN, "--test", test.toString(), "--json");
        assertEquals(0, run.exit(), run.err());
        JsonNode out = Json.mapper().readTree(String.join("\n", run.out()));
        assertEquals(420, out.get("trainReplies").asInt());
        assertEquals(7, out.get("testReplies").asInt());
        assertEquals("reply classifier", out.get("heldOut").get("model").get("name").asText());
        assertEquals(7, out.get("heldOut").get("model").get("intents").size());
        assertEquals("keyword rules", out.get("heldOut").get("baselines").get(0).get("name").asText());
        assertTrue(out.get("heldOut").get("baselines").get(1).get("name").asText().startsWith("majority"));
        JsonNode f1 = out.get("comparisons").get(0).get("macroF1");
        assertTrue(f1.get("model").get("low").asDouble() <= f1.get("model").get("estimate").asDouble(), f1.toString());
        assertTrue(f1.get("verdict").asText().matches("beats|ties|loses"));
        assertTrue(out.get("crossValidated").get("model").get("macroF1").asDouble() > 0.8, out.get("crossValidated").toString());
    }

    @Test
    void printsTablesAndRefusesABadLineByFileAndLine() throws Exception {
        Path test = Files.writeString(dir.resolve("two.tsv"), "question\tWhat does it cost?\nunsubscribe\tStop emailing me.\n");
        NexusProcess.Run run = NexusProcess.run(dir, "unused", "eval", "replies", "--test", test.toString());
        assertEquals(0, run.exit(), run.err());
        String text = String.join("\n", run.out());
        assertTrue(text.contains("macro F1") && text.contains("keyword rules") && text.contains("95% bootstrap")
                && text.contains("cross-validation"), text);

        Path bad = Files.writeString(dir.resolve("bad.tsv"), "question\tWhat does it cost?\nmaybe later\tPerhaps.\n");
        run = NexusProcess.run(dir, "unused", "eval", "replies", "--test", bad.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("bad.tsv line 2") && run.err().contains("unknown label 'maybe later'"), run.err());
    }
}
