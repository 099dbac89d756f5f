package com.nexuscrm.app;

import com.nexuscrm.app.adapters.AppWorkspaceAccess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.ui.common.DirectTaskExecutor;
import com.nexuscrm.ui.common.RecordingDialogs;
import com.nexuscrm.ui.workspace.WorkspaceGateViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's unlock gate shows a damaged workspace's message in place, and never offers to make a new one over it. */
class WorkspaceGateDamageTest {
    private static final String PASS = "correct horse battery";

    @TempDir
    Path dir;

    private int opened;

    @Test
    void anEmptyWorkspaceFileIsShownAsEmptyWithItsPath() throws Exception {
        WorkspaceStore.create(dir, PASS.toCharArray()).close();
        Files.write(WorkspaceStore.databaseFile(dir), new byte[0]);
        String error = unlock(PASS);
        assertTrue(error.contains(WorkspaceStore.databaseFile(dir) + " is empty") && error.contains("backup"), error);
    }

    @Test
    void aForeignFileIsShownAsNotAWorkspaceAndAWrongPassphraseAsOne() throws Exception {
        WorkspaceStore.create(dir, PASS.toCharArray()).close();
        assertTrue(unlock("not the passphrase").contains("Wrong passphrase"));
        byte[] noise = new byte[8192];
        new Random(1).nextBytes(noise);
        Files.write(WorkspaceStore.databaseFile(dir), noise);
        String error = unlock(PASS);
        assertTrue(error.contains("is not a NexusCRM workspace"), error);
    }

    private String unlock(String passphrase) {
        AppWorkspaceAccess access = new AppWorkspaceAccess(dir, null, null, store -> store.close(), null, null);
        WorkspaceGateViewModel gate = new WorkspaceGateViewModel(access, new DirectTaskExecutor(), new RecordingDialogs(),
                () -> opened++);
        assertFalse(gate.isFirstRun(), "a damaged workspace is unlocked, not replaced by a first run");
        gate.passphraseProperty().set(passphrase);
        gate.submit();
        assertEquals(0, opened);
        return gate.errorProperty().get();
    }
}
