package com.nexuscrm.cli;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Lead;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.testing.Leads;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nexus export} with and without {@code --raw}, and a damaged workspace's message, as real commands in a child JVM. */
class StoreHardeningCommandTest {
    private static final String PASS = "cli hardening test";

    @TempDir
    Path dir;

    private NexusProcess.Run nexus(String... args) throws IOException, InterruptedException {
        return NexusProcess.run(dir, PASS, args);
    }

    @Test
    void exportIsFormulaSafeUnlessRawAndAnEmptyWorkspaceFileIsReportedAsSuch() throws Exception {
        Path workspace = dir.resolve("ws");
        try (WorkspaceStore store = WorkspaceStore.create(workspace, PASS.toCharArray())) {
            Lead lead = Leads.lead("Eve", "Mallory", "Evil");
            lead.setCompany("=HYPERLINK(\"http://evil.example/\",\"x\")");
            lead.setPhone("+1 415 555 0100");
            store.leads().save(lead);
        }
        String ws = "--workspace=" + workspace;
        Path safe = dir.resolve("safe.csv");
        Path raw = dir.resolve("raw.csv");
        assertEquals(0, nexus("export", "leads", safe.toString(), ws).exit());
        assertEquals(0, nexus("export", "leads", raw.toString(), "--raw", ws).exit());
        assertTrue(Files.readString(safe).contains(",'+1 415 555 0100,,\"'=HYPERLINK("), Files.readString(safe));
        assertTrue(Files.readString(raw).contains(",+1 415 555 0100,,\"=HYPERLINK("), Files.readString(raw));

        Files.write(WorkspaceStore.databaseFile(workspace), new byte[0]);
        NexusProcess.Run refused = nexus("export", "leads", safe.toString(), ws);
        assertEquals(1, refused.exit());
        assertTrue(refused.err().contains("error: The workspace file " + WorkspaceStore.databaseFile(workspace)
                + " is empty"), refused.err());
        assertEquals(0, Files.size(WorkspaceStore.databaseFile(workspace)));
    }
}
