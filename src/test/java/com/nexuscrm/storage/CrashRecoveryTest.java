package com.nexuscrm.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SIGKILL during edits and during a bulk write: committed changes survive, and the workspace opens. */
@Tag("slow")
class CrashRecoveryTest {
    static final String PASS = "crash-test-passphrase";

    @TempDir
    Path dir;

    @Test
    void killDuringEditsLosesNoCommittedChange() throws Exception {
        WorkspaceStore.create(dir, PASS.toCharArray()).close();
        List<String> committed = runAndKill("edits", lines -> lines.stream().filter(l -> l.startsWith("committed")).count() >= 40);
        try (WorkspaceStore store = WorkspaceStore.open(dir, PASS.toCharArray())) {
            var names = store.leads().findAll().stream().map(l -> l.getLastName()).toList();
            for (String line : committed) {
                String name = line.substring("committed ".length());
                assertTrue(names.contains(name), "lost committed edit " + name);
            }
            assertTrue(names.size() >= committed.size());
            assertEquals(names.size() * 1L, store.outbox().size(), "every surviving lead has its outbox row");
        }
    }

    @Test
    void killDuringACsvImportLeavesAllOrNothing() throws Exception {
        WorkspaceStore.create(dir, PASS.toCharArray()).close();
        List<String> lines = runAndKillAfterDelay("import", "importing", 2500);
        try (WorkspaceStore store = WorkspaceStore.open(dir, PASS.toCharArray())) {
            long count = store.leads().count();
            boolean finished = lines.stream().anyMatch(l -> l.startsWith("committed bulk"));
            assertTrue(count == 0 || count == CrashChild.BULK_ROWS, "half-applied import: " + count);
            assertEquals(finished ? CrashChild.BULK_ROWS : 0, count);
            assertEquals(count, store.outbox().size());
        }
    }

    @Test
    void aWorkspaceOpenInAnotherProcessIsReportedAsLocked() throws Exception {
        WorkspaceStore.create(dir, PASS.toCharArray()).close();
        Process child = start("edits");
        try (BufferedReader out = reader(child)) {
            assertEquals("opened", out.readLine());
            var error = org.junit.jupiter.api.Assertions.assertThrows(WorkspaceOpenException.class,
                    () -> WorkspaceStore.open(dir, PASS.toCharArray()));
            assertEquals(WorkspaceOpenException.Reason.LOCKED, error.reason(), error.getMessage());
            assertTrue(error.getMessage().contains("already open"), error.getMessage());
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        WorkspaceStore.open(dir, PASS.toCharArray()).close();
    }

    private List<String> runAndKill(String mode, Predicate<List<String>> killWhen) throws Exception {
        Process child = start(mode);
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = reader(child)) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
                if (killWhen.test(lines)) {
                    child.destroyForcibly(); // SIGKILL on Unix
                    break;
                }
            }
        }
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        return lines.stream().filter(l -> l.startsWith("committed")).toList();
    }

    private List<String> runAndKillAfterDelay(String mode, String marker, long delayMillis) throws Exception {
        Process child = start(mode);
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = reader(child)) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
                if (line.equals(marker)) {
                    Thread.sleep(delayMillis);
                    child.destroyForcibly();
                    break;
                }
            }
        }
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        assertTrue(lines.contains(marker), "child never reached " + marker + ": " + lines);
        return lines;
    }

    private Process start(String mode) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                CrashChild.class.getName(), dir.toString(), mode)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static BufferedReader reader(Process child) {
        return new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    }
}
