package com.nexuscrm.cli;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Lead;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.testing.Leads;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nexus enrich import|leads} and the lead import's enrichment, run as the real command in a child JVM. */
class EnrichCommandTest {
    private static final String PASS = "cli enrichment test";

    @TempDir
    Path dir;

    private NexusProcess.Run nexus(String... args) throws IOException, InterruptedException {
        return NexusProcess.run(dir, PASS, args);
    }

    @Test
    void importsTheDirectoryEnrichesExistingAndImportedLeadsAndRefusesABadFile() throws Exception {
        Path workspace = dir.resolve("ws");
        Lead existing;
        try (WorkspaceStore store = WorkspaceStore.create(workspace, PASS.toCharArray())) {
            existing = store.leads().save(Leads.lead("Ann", "Lee", "Acme"));
        }
        Path companies = Files.writeString(dir.resolve("companies.csv"), """
                Website,Company,Industry,Employees,Revenue,Country,Technologies
                acme.com,Acme Inc.,Manufacturing,420,63000000,United States,SAP
                globex.de,Globex GmbH,Software,85,9500000,Germany,HubSpot
                """);
        Path leads = Files.writeString(dir.resolve("leads.csv"), """
                First Name,Last Name,Email,Company
                Bob,Berg,bob@globex.de,
                Cy,Cole,cy@gmail.com,Nobody Ltd
                """);
        String ws = "--workspace=" + workspace;

        NexusProcess.Run imported = nexus("enrich", "import", companies.toString(), ws);
        assertEquals(new NexusProcess.Run(0, List.of("imported 2 companies from companies.csv (replacing 0)"), imported.err()), imported);

        NexusProcess.Run enriched = nexus("enrich", "leads", ws);
        assertEquals(List.of("enriched 1 lead: 1 matched, 6 fields filled, 0 unmatched, 0 ambiguous, 0 already complete"),
                enriched.out());

        NexusProcess.Run leadImport = nexus("import", "leads", leads.toString(), ws);
        assertEquals(List.of("imported 2, rejected 0, report: none",
                "enriched 2 leads: 1 matched, 7 fields filled, 1 unmatched, 0 ambiguous, 0 already complete"), leadImport.out());

        Path bad = Files.writeString(dir.resolve("bad.csv"), "domain,employees\ninitech.com,lots\n");
        NexusProcess.Run refused = nexus("enrich", "import", bad.toString(), ws);
        assertEquals(1, refused.exit());
        assertTrue(refused.err().contains("error: " + bad + ": 1 problem, so nothing was imported and the previous"
                + " directory is kept. Fix it and import the file again:\n  line 2, column 'employees': 'lots' is not a"
                + " whole number (e.g. 250)"), refused.err());

        try (WorkspaceStore store = WorkspaceStore.open(workspace, PASS.toCharArray())) {
            assertEquals(420, store.leads().find(existing.getId()).orElseThrow().getEmployees());
            assertEquals(List.of("Acme", "Globex GmbH", "Nobody Ltd"), store.leads().findAll().stream()
                    .map(Lead::getCompany).sorted().toList());
            assertTrue(store.outbox().size() >= 5, "3 inserts and 2 enrichment updates queued for sync");
        }
    }
}
