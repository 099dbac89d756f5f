package com.nexuscrm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.PicklistName;
import com.nexuscrm.domain.PicklistValue;
import com.nexuscrm.usecase.TeamPicklists;
import com.nexuscrm.usecase.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nexus import leads} with a team's vocabulary: "Web", "Cold Call" and "Trade Show" are mapped by
 * synonyms, an unknown source is added to the team's list, only the really broken rows are rejected; with
 * {@code --strict-picklists} an unknown value rejects its row with a message naming line, field and value.
 */
class PicklistImportCommandTest {
    private static final String PASS = "cli picklist test";

    @TempDir
    Path dir;

    @Test
    void mapsSynonymsAddsUnknownSourcesAndRejectsOnlyBrokenRows() throws Exception {
        Path workspace = dir.resolve("ws");
        String ws = "--workspace=" + workspace;
        assertEquals(0, NexusProcess.run(dir, PASS, "init", ws).exit());
        StringBuilder csv = new StringBuilder("First Name,Last Name,Email,Company,Source,Industry,Employees\n");
        String[] sources = {"Web", "Cold Call", "Trade Show", "website", "Réferral", "Podcast"};
        for (int i = 0; i < 20; i++) {
            csv.append("Ann").append(i).append(",Lee").append(i).append(",ann").append(i).append("@acme").append(i)
                    .append(".com,Acme ").append(i).append(',').append(sources[i % sources.length]).append(",Software,")
                    .append(10 + i).append('\n');
        }
        csv.append("Bob,Broken,not-an-email,Globex,Web,Software,5\n");       // bad email
        csv.append("Cy,,cy@initech.com,Initech,Cold Call,Software,5\n");      // no last name
        csv.append("Di,Dunn,di@hooli.com,Hooli,Trade Show,Software,many\n");  // employees not a number
        csv.append("Ed,Eng,ed@umbrella.com,Umbrella,Web,Software,-3\n");      // negative employees
        Path file = Files.writeString(dir.resolve("leads.csv"), csv.toString());

        NexusProcess.Run run = NexusProcess.run(dir, PASS, "import", "leads", file.toString(), ws);

        assertEquals(0, run.exit(), run.err());
        assertEquals("imported 20, rejected 4, report: " + dir.resolve("leads.rejected.csv"), run.out().get(0));
        assertEquals("mapped: Web → Website (4 rows), Software → Computer Software (20 rows), Cold Call → Outbound (4 rows),"
                + " Trade Show → Event (3 rows); added: Podcast (3 rows)", run.out().get(1), run.out().toString());
        try (Workspace open = Workspace.open(workspace, PASS.toCharArray())) {
            Map<String, Long> bySource = open.leads().findAll().stream()
                    .collect(Collectors.groupingBy(Lead::getSource, Collectors.counting()));
            assertEquals(Map.of("WEBSITE", 7L, "OUTBOUND", 4L, "EVENT", 3L, "REFERRAL", 3L, "Podcast", 3L), bySource);
            assertTrue(open.leads().findAll().stream().allMatch(l -> "Computer Software".equals(l.getIndustry())));
            List<String> labels = TeamPicklists.of(open).load(PicklistName.LEAD_SOURCE).values().stream()
                    .map(PicklistValue::label).toList();
            assertEquals("Podcast", labels.get(labels.size() - 1), labels.toString());
        }

        Path strict = Files.writeString(dir.resolve("strict.csv"), """
                Last Name,Email,Source
                Fox,fox@acme.com,Web
                Gray,gray@acme.com,Radio
                """);
        NexusProcess.Run refused = NexusProcess.run(dir, PASS, "import", "leads", strict.toString(), ws, "--strict-picklists");
        assertEquals(0, refused.exit(), refused.err());
        assertEquals(List.of("imported 1, rejected 1, report: " + dir.resolve("strict.rejected.csv"),
                "mapped: Web → Website (1 row)",
                "line 3, source: 'Radio' is not in the team's list; the row was rejected (--strict-picklists)"), refused.out());
        assertTrue(Files.readString(dir.resolve("strict.rejected.csv")).contains("'Radio' is not a lead source of this workspace"));
        try (Workspace open = Workspace.open(workspace, PASS.toCharArray())) {
            Function<String, Boolean> listed = label -> TeamPicklists.of(open).load(PicklistName.LEAD_SOURCE)
                    .match(label).isPresent();
            assertTrue(listed.apply("Podcast"));
            assertTrue(!listed.apply("Radio"), "a strict import adds nothing to the list");
        }
    }
}
