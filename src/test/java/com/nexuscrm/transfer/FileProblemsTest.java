package com.nexuscrm.transfer;

import com.nexuscrm.domain.FileProblems;
import com.nexuscrm.domain.RecordRepository;
import com.nexuscrm.domain.SyncedRecord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file that cannot be read is explained in words, never as "Cannot read X: X". */
class FileProblemsTest {
    @TempDir
    Path dir;

    @Test
    void javasPathOnlyMessagesBecomeReasons() {
        IOException missing = assertThrows(IOException.class, () -> Files.readString(dir.resolve("leads.csv")));
        assertEquals("it does not exist", FileProblems.reason(missing));
        IOException folder = assertThrows(IOException.class, () -> Files.readString(dir));
        assertFalse(FileProblems.reason(folder).contains(dir.toString()), FileProblems.reason(folder));
    }

    @Test
    void aMissingCsvIsNamedOnceWithWhatToDo() {
        Path file = dir.resolve("leads.csv");
        ImportException e = assertThrows(ImportException.class,
                () -> new CsvImporter(new Repositories() {
                    @Override
                    public <T extends SyncedRecord> RecordRepository<T> repository(Class<T> type) {
                        throw new AssertionError("nothing is stored");
                    }
                }).preview(RecordKind.LEADS, file, 5));
        assertTrue(e.getMessage().contains("Check the path"), e.getMessage());
        assertEquals(e.getMessage().indexOf("leads.csv"), e.getMessage().lastIndexOf("leads.csv"), e.getMessage());
    }
}
