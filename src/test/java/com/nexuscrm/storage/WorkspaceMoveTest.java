package com.nexuscrm.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workspace built in a scratch folder moves into place with what it keeps beside its database. */
class WorkspaceMoveTest {
    @TempDir
    Path dir;

    @Test
    void recordingsMoveWithTheDatabase() throws Exception {
        Path scratch = dir.resolve("scratch");
        try (WorkspaceStore store = WorkspaceStore.create(scratch, "move-test-pass".toCharArray())) {
            store.meta().put("marker", "here");
        }
        Path audio = Files.createDirectories(scratch.resolve("recordings").resolve("0190")).resolve("call.ogg");
        Files.write(audio, new byte[] {1, 2, 3});
        Path target = dir.resolve("workspace");

        WorkspaceStore.moveInto(scratch, target);

        assertTrue(WorkspaceStore.exists(target));
        assertEquals(3, Files.size(target.resolve("recordings").resolve("0190").resolve("call.ogg")));
        assertFalse(Files.exists(scratch.resolve("recordings")));
        try (WorkspaceStore store = WorkspaceStore.open(target, "move-test-pass".toCharArray())) {
            assertEquals("here", store.meta().get("marker").orElseThrow());
        }
    }
}
