package com.nexuscrm.cli;

import com.nexuscrm.Main;
import com.nexuscrm.usecase.Passphrases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Lead;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.testing.Leads;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nexus export} with and without {@code --raw}, and a damaged workspace's message, as real commands in a child JVM. */
class StoreHardeningCommandTest {
    private static final String PASS = "cli hardening test";

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) { }

    private Run nexus(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put(Passphrases.ENV, PASS);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process child = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the command finished");
        return new Run(child.exitValue(), Files.readString(out), Files.readString(err, StandardCharsets.UTF_8));
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
        Run refused = nexus("export", "leads", safe.toString(), ws);
        assertEquals(1, refused.exit());
        assertTrue(refused.err().contains("error: The workspace file " + WorkspaceStore.databaseFile(workspace)
                + " is empty"), refused.err());
        assertEquals(0, Files.size(WorkspaceStore.databaseFile(workspace)));
    }
}
