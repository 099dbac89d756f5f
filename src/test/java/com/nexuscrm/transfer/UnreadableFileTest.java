package com.nexuscrm.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Progress;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.testing.Leads;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that cannot be imported at all change nothing and say what to do. */
class UnreadableFileTest {
    @TempDir
    Path dir;

    @Test
    void emptyFile() throws Exception {
        assertRefused(Workspaces.write(dir.resolve("empty.csv"), ""), "the file is empty");
    }

    @Test
    void onlyBlankLinesAndABom() throws Exception {
        assertRefused(Workspaces.write(dir.resolve("blank.csv"), "\uFEFF\n\r\n  \n"), "the file is empty");
    }

    @Test
    void binaryGarbage() throws Exception {
        Path file = dir.resolve("leads.csv");
        Files.write(file, new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, (byte) 0x9C, (byte) 0xFF, 0, 0, 10, 'x', ',', 'y'});
        assertRefused(file, "not a CSV text file");
    }

    @Test
    void noHeaderMatchesAnyField() throws Exception {
        assertRefused(Workspaces.write(dir.resolve("numbers.csv"), "12,34,56\n1,2,3\n"),
                "no column matches a lead field (headers: 12, 34, 56)");
    }

    @Test
    void requiredColumnMissing() throws Exception {
        assertRefused(Workspaces.write(dir.resolve("nolast.csv"), "First Name,Email\nAda,ada@x.com\n"),
                "no column for lastName, which every lead needs");
    }

    @Test
    void unclosedQuoteInTheHeader() throws Exception {
        assertRefused(Workspaces.write(dir.resolve("header.csv"), "\"Last Name,Email\nAda,ada@x.com\n"),
                "line 1: the header has an unclosed quote starting at line 1");
    }

    @Test
    void missingFile() throws Exception {
        assertRefused(dir.resolve("nowhere.csv"), "no such file");
    }

    private void assertRefused(Path file, String expected) throws Exception {
        try (WorkspaceStore store = Workspaces.create(dir.resolve("ws"))) {
            store.leads().save(Leads.lead("Kept", "Lead", "Before"));
            long outbox = store.outbox().size();
            ImportException error = assertThrows(ImportException.class, () -> Workspaces.importer(store)
                    .importFile(RecordKind.LEADS, file, null, null, Progress.NONE));
            assertTrue(error.getMessage().startsWith(file.toString() + ": "), error.getMessage());
            assertTrue(error.getMessage().contains(expected), error.getMessage());
            assertEquals(file, error.file());
            assertEquals(1, store.leads().count());
            assertEquals(outbox, store.outbox().size());
            try (var files = Files.list(dir)) {
                assertFalse(files.anyMatch(p -> p.getFileName().toString().contains("rejected")), "no report expected");
            }
        }
    }
}
