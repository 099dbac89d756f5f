package com.nexuscrm.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadStatus;
import com.nexuscrm.domain.ValidationException;
import com.nexuscrm.testing.Leads;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceStoreTest {
    private static final char[] PASS = "correct horse battery".toCharArray();

    @TempDir
    Path dir;

    @Test
    void savedLeadSurvivesReopenAndIsCapturedInTheOutbox() {
        Lead lead = Leads.lead("Ada", "Lovelace", "Analytical Engines");
        try (WorkspaceStore store = WorkspaceStore.create(dir, PASS)) {
            store.leads().save(lead);
            lead.setStatus(LeadStatus.WORKING);
            store.leads().save(lead);
            List<Outbox.Entry> entries = store.outbox().head(10);
            assertEquals(2, entries.size());
            assertEquals("INSERT", entries.get(0).op());
            assertEquals("UPDATE", entries.get(1).op());
            assertEquals("{\"status\":\"WORKING\"}", entries.get(1).fields());
            assertEquals("{\"status\":\"NEW\"}", entries.get(1).baseValues());
            assertTrue(entries.get(1).hlc() > entries.get(0).hlc(), "HLC must grow");
        }
        try (WorkspaceStore store = WorkspaceStore.open(dir, PASS)) {
            Lead reloaded = store.leads().find(lead.getId()).orElseThrow();
            assertEquals(LeadStatus.WORKING, reloaded.getStatus());
            assertTrue(reloaded.getUpdatedAt() > 0);
        }
    }

    @Test
    void plaintextNeverReachesTheFile() throws Exception {
        try (WorkspaceStore store = WorkspaceStore.create(dir, PASS)) {
            store.leads().save(Leads.lead("Grace", "Hopperzzqx", "Cobolworks"));
        }
        byte[] file = Files.readAllBytes(WorkspaceStore.databaseFile(dir));
        String text = new String(file, StandardCharsets.ISO_8859_1);
        assertFalse(text.contains("Hopperzzqx"), "lead name found in plaintext");
        assertFalse(text.contains("CREATE"), "schema found in plaintext");
    }

    @Test
    void wrongPassphraseIsReportedAndChangesNothing() throws Exception {
        WorkspaceStore.create(dir, PASS).close();
        byte[] before = Files.readAllBytes(WorkspaceStore.databaseFile(dir));
        var error = assertThrows(WorkspaceOpenException.class,
                () -> WorkspaceStore.open(dir, "not the passphrase".toCharArray()));
        assertEquals(WorkspaceOpenException.Reason.WRONG_PASSPHRASE, error.reason());
        assertTrue(error.getMessage().contains("Wrong passphrase"), error.getMessage());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(WorkspaceStore.databaseFile(dir))));
        WorkspaceStore.open(dir, PASS).close();
    }

    @Test
    void secondOpenIsRefusedAsLocked() {
        try (WorkspaceStore first = WorkspaceStore.create(dir, PASS)) {
            var error = assertThrows(WorkspaceOpenException.class, () -> WorkspaceStore.open(dir, PASS));
            assertEquals(WorkspaceOpenException.Reason.LOCKED, error.reason(), error.getMessage());
        }
    }

    @Test
    void corruptedFileIsReportedAndLeftUntouched() throws Exception {
        try (WorkspaceStore store = WorkspaceStore.create(dir, PASS)) {
            store.leads().save(Leads.lead("Alan", "Turing", "Bletchley"));
        }
        Path file = WorkspaceStore.databaseFile(dir);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            for (long pos = 4096; pos < raf.length(); pos += 97) { // past the encryption header: damage inside
                raf.seek(pos);
                raf.write(0x5A);
            }
        }
        byte[] damaged = Files.readAllBytes(file);
        var error = assertThrows(WorkspaceOpenException.class, () -> WorkspaceStore.open(dir, PASS));
        assertEquals(WorkspaceOpenException.Reason.CORRUPTED, error.reason(), error.getMessage());
        assertTrue(java.util.Arrays.equals(damaged, Files.readAllBytes(file)), "the damaged file must be kept as it was");
    }

    @Test
    void invalidLeadIsRejectedWithFieldMessagesAndNothingIsWritten() {
        try (WorkspaceStore store = WorkspaceStore.create(dir, PASS)) {
            Lead lead = Leads.lead("Bad", "Email", "Nowhere");
            lead.setEmail("not-an-email");
            lead.setEmployees(-3);
            var error = assertThrows(ValidationException.class, () -> store.leads().save(lead));
            assertEquals(List.of("email", "employees"), error.errors().stream().map(e -> e.field()).toList());
            assertEquals(0, store.leads().count());
            assertEquals(0, store.outbox().size());
        }
    }

    @Test
    void saveAllIsAllOrNothing() {
        try (WorkspaceStore store = WorkspaceStore.create(dir, PASS)) {
            Lead good = Leads.lead("Good", "Lead", "Fine");
            Lead bad = Leads.lead("Bad", "Lead", "Broken");
            bad.setPhone("12");
            assertThrows(ValidationException.class, () -> store.leads().saveAll(List.of(good, bad)));
            assertEquals(0, store.leads().count());
        }
    }

    @Test
    void tombstoneIsCapturedAsDeleteAndHardDeleteIsRefused() {
        try (WorkspaceStore store = WorkspaceStore.create(dir, PASS)) {
            Lead lead = store.leads().save(Leads.lead("Del", "Eted", "Gone"));
            store.leads().delete(lead.getId());
            assertEquals(0, store.leads().count());
            assertEquals("DELETE", store.outbox().head(5).get(1).op());
            assertThrows(IllegalStateException.class, () -> store.inTransaction(s -> {
                s.remove(s.find(Lead.class, lead.getId()));
                return null;
            }));
        }
    }

    @Test
    void bulkAssignCapturesEveryLead() {
        try (WorkspaceStore store = WorkspaceStore.create(dir, PASS)) {
            Lead a = Leads.lead("A", "One", "Co");
            Lead b = Leads.lead("B", "Two", "Co");
            store.leads().saveAll(List.of(a, b));
            java.util.UUID owner = com.nexuscrm.domain.Ids.newId();
            store.leads().assign(List.of(a.getId(), b.getId()), owner);
            assertEquals(owner, store.leads().row(b.getId()).ownerId());
            assertEquals(4, store.outbox().size());
        }
    }
}
