package com.nexuscrm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.nexuscrm.json.Json;
import com.nexuscrm.testing.TranscriptSamples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nexus analyze}: meeting transcripts analysed as calls, run as the real command in a child JVM. */
class AnalyzeCommandTest {
    @TempDir
    Path dir;

    private static String sample(String name) {
        return TranscriptSamples.path(name).toString();
    }

    @Test
    void jsonNamesTheSpeakersSidesAndHowTheRepWasChosen() throws Exception {
        NexusProcess.Run run = NexusProcess.run(dir, "unused", "analyze", sample("teams-discovery.vtt"),
                "--rep", "marcus lee", "--json");
        assertEquals(0, run.exit(), run.err());
        assertEquals(1, run.out().size(), "one JSON object per file");
        JsonNode out = Json.mapper().readTree(run.out().get(0));
        assertEquals("WebVTT", out.get("format").asText());
        assertEquals("--rep", out.get("repChosenBy").asText());
        List<String> sides = new ArrayList<>();
        out.get("speakers").forEach(s -> sides.add(s.get("name").asText() + "=" + s.get("side").asText()));
        assertEquals(List.of("Dana Whitfield=customer", "Marcus Lee=rep", "Priya Raman (Guest)=customer"), sides);
        assertTrue(out.get("analysis").get("stereo").asBoolean());
        assertEquals("REP", out.get("transcript").get("words").get(12).get("speaker").asText(), "Marcus's first word");
        assertTrue(out.get("coaching").isArray());

        NexusProcess.Run guessed = NexusProcess.run(dir, "unused", "analyze", sample("notes-discovery.txt"));
        assertEquals(0, guessed.exit(), guessed.err());
        assertTrue(guessed.out().contains("  Rep       Dana Whitfield (96 words): talked most; choose with --rep NAME"),
                String.join("\n", guessed.out()));
        assertTrue(guessed.out().contains("warning: 2 lines above the first speaker left out."));
    }

    @Test
    void badFilesFailWithTheirNameAndLineAndTheOthersAreStillAnalysed() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.srt"), "1\n00:00:01,000 --> 00:00:02,000\nAnna: hi\n\n2\n00:00:03 --> x\nBob: yo\n");
        NexusProcess.Run run = NexusProcess.run(dir, "unused", "analyze", bad.toString(), sample("meet-discovery.srt"), "--json");
        assertEquals(1, run.exit());
        assertEquals(1, run.out().size(), "the good file is still analysed");
        assertEquals("error: bad.srt, line 6: 'x' is not a time. Cue times look like 00:01:02,500; fix the line or export"
                + " the transcript again.", run.err().strip());

        NexusProcess.Run unknown = NexusProcess.run(dir, "unused", "analyze", sample("meet-discovery.srt"), "--rep", "Dana");
        assertEquals(1, unknown.exit());
        assertEquals("error: meet-discovery.srt has no speaker 'Dana'. Its speakers are Dana Whitfield, Marcus Lee, Priya Raman.",
                unknown.err().strip());
    }
}
