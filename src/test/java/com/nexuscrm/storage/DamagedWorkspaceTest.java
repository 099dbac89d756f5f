package com.nexuscrm.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Lead;
import com.nexuscrm.storage.WorkspaceOpenException.Reason;
import com.nexuscrm.testing.Leads;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Empty, cut-short, foreign and undecryptable database files are reported as what they are, with the path and
 * how to recover, and are never modified; only a wrong passphrase is reported as one. Real encrypted H2 files.
 */
class DamagedWorkspaceTest {
    private static final char[] PASS = "correct horse battery".toCharArray();

    @TempDir
    Path dir;

    @Test
    void anEmptyFileIsReportedAsEmptyNotOpenedAsANewWorkspace() throws Exception {
        withLeads(10);
        Files.write(file(), new byte[0]);
        WorkspaceOpenException error = refused(PASS, Reason.EMPTY);
        assertTrue(error.getMessage().startsWith("The workspace file " + file() + " is empty"), error.getMessage());
        assertEquals(0, Files.size(file()));
    }

    @Test
    void aFileCutShortAtHalfIsReportedAsDamagedAndNotShrunk() throws Exception {
        withLeads(2000);
        byte[] whole = Files.readAllBytes(file());
        Files.write(file(), Arrays.copyOf(whole, whole.length / 2 / 4096 * 4096));
        WorkspaceOpenException error = refused(PASS, Reason.CORRUPTED);
        assertTrue(error.getMessage().contains(file() + " is damaged"), error.getMessage());
        assertTrue(error.getMessage().contains("from a backup"), error.getMessage());
    }

    @Test
    void aFileCutInTheMiddleOfABlockIsReportedAsDamaged() throws Exception {
        withLeads(10);
        byte[] whole = Files.readAllBytes(file());
        Files.write(file(), Arrays.copyOf(whole, whole.length / 2 + 123));
        refused(PASS, Reason.CORRUPTED);
    }

    @Test
    void randomBytesAreNotAWorkspaceNotAWrongPassphrase() throws Exception {
        withLeads(10);
        byte[] noise = new byte[64 * 4096];
        new Random(7).nextBytes(noise);
        Files.write(file(), noise);
        WorkspaceOpenException error = refused(PASS, Reason.NOT_A_WORKSPACE);
        assertTrue(error.getMessage().contains(file() + " is not a NexusCRM workspace"), error.getMessage());
    }

    @Test
    void damageInsideTheEncryptedDataWithTheRightPassphraseIsDamageNotAWrongPassphrase() throws Exception {
        withLeads(10);
        byte[] bytes = Files.readAllBytes(file());
        for (int i = 4096; i < bytes.length; i++) { // the encryption header (first block) stays
            bytes[i] ^= 0x5A;
        }
        Files.write(file(), bytes);
        refused(PASS, Reason.CORRUPTED);
    }

    @Test
    void aWrongPassphraseIsReportedAsOneAndChangesNothing() throws Exception {
        withLeads(10);
        refused("not the passphrase".toCharArray(), Reason.WRONG_PASSPHRASE);
        try (WorkspaceStore store = WorkspaceStore.open(dir, PASS)) {
            assertEquals(10, store.leads().findAll().size());
        }
    }

    @Test
    void aMissingPropertiesFileIsReportedWithWhatToRestore() throws Exception {
        withLeads(10);
        Files.delete(dir.resolve(WorkspaceStore.PROPERTIES));
        WorkspaceOpenException error = refused(PASS, Reason.CORRUPTED);
        assertTrue(error.getMessage().contains("workspace.properties") && error.getMessage().contains("backup"),
                error.getMessage());
    }

    @Test
    void aWorkspaceWithoutAVerifierStillTellsAWrongPassphraseAndGetsOneOnOpen() throws Exception {
        withLeads(10);
        Path props = dir.resolve(WorkspaceStore.PROPERTIES);
        Properties values = new Properties();
        try (var in = Files.newBufferedReader(props)) {
            values.load(in);
        }
        values.remove("verifier");
        values.remove("generation");
        try (var out = Files.newBufferedWriter(props)) {
            values.store(out, null);
        }
        refused("not the passphrase".toCharArray(), Reason.WRONG_PASSPHRASE);
        WorkspaceStore.open(dir, PASS).close();
        assertTrue(Files.readString(props).contains("verifier="), "the verifier is added at the first open");
    }

    @Test
    void reopeningAfterNormalUseIsNotMistakenForDamage() {
        withLeads(10);
        for (int i = 0; i < 3; i++) {
            try (WorkspaceStore store = WorkspaceStore.open(dir, PASS)) {
                store.leads().save(Leads.lead("Again" + i, "Reopened", "Loop"));
            }
        }
        try (WorkspaceStore store = WorkspaceStore.open(dir, PASS)) {
            assertEquals(13, store.leads().findAll().size());
        }
    }

    private void withLeads(int count) {
        try (WorkspaceStore store = WorkspaceStore.create(dir, PASS)) {
            List<Lead> leads = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                leads.add(Leads.lead("Ada" + i, "Lovelace", "Engines"));
                if (leads.size() == 100 || i == count - 1) {
                    store.leads().saveAll(leads);
                    leads.clear();
                }
            }
        }
    }

    /** Opens, expects the reason, and checks that the file's size and bytes are exactly as before. */
    private WorkspaceOpenException refused(char[] passphrase, Reason reason) throws Exception {
        byte[] before = Files.readAllBytes(file());
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(before);
        WorkspaceOpenException error = assertThrows(WorkspaceOpenException.class,
                () -> WorkspaceStore.open(dir, passphrase));
        assertEquals(reason, error.reason(), error.getMessage());
        byte[] after = Files.readAllBytes(file());
        assertEquals(before.length, after.length, "the size must not change");
        assertArrayEquals(digest, MessageDigest.getInstance("SHA-256").digest(after), "the bytes must not change");
        return error;
    }

    private Path file() {
        return WorkspaceStore.databaseFile(dir);
    }
}
