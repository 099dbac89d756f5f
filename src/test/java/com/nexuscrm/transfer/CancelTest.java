package com.nexuscrm.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nexuscrm.domain.Progress;
import com.nexuscrm.storage.WorkspaceStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cancelling an import at any point imports nothing and leaves no report. */
class CancelTest {
    @TempDir
    Path dir;

    @Test
    void cancelWhileReading() throws Exception {
        assertCancelledImportsNothing(message -> message.startsWith("Reading"), 1);
    }

    /**
     * The save walks the 2,000 records twice, checking every 256: 8 checks while validating, then inside
     * the transaction. The 13th check is at record 1,024, after the repository flushed its first chunk of
     * 1,000 rows, so the rollback really has written rows to undo.
     */
    @Test
    void cancelWhileSavingRollsBackTheTransaction() throws Exception {
        assertCancelledImportsNothing(message -> message.startsWith("Saving"), 13);
    }

    private void assertCancelledImportsNothing(Predicate<String> armOn, int cancelOnCheck) throws Exception {
        StringBuilder csv = new StringBuilder("Last Name,Email\nBroken,not-an-email\n");
        for (int i = 0; i < 2000; i++) {
            csv.append("Person").append(i).append(",p").append(i).append("@x.com\n");
        }
        Path file = Workspaces.write(dir.resolve("big.csv"), csv.toString());
        CancelOn progress = new CancelOn(armOn, cancelOnCheck);
        try (WorkspaceStore store = Workspaces.create(dir.resolve("ws"))) {
            assertThrows(Progress.CancelledException.class, () -> Workspaces.importer(store)
                    .importFile(RecordKind.LEADS, file, null, null, progress));
            assertEquals(cancelOnCheck, progress.checks, "the cancel point was never reached");
            assertEquals(0, store.leads().count());
            assertEquals(0, store.outbox().size());
            assertFalse(Files.exists(dir.resolve("big.rejected.csv")));
        }
    }

    /** Once a progress message matches, cancels at the n-th check, the way a user clicks Cancel mid-way. */
    private static final class CancelOn implements Progress {
        private final Predicate<String> armOn;
        private final int cancelOnCheck;
        private boolean armed;
        private int checks;

        CancelOn(Predicate<String> armOn, int cancelOnCheck) {
            this.armOn = armOn;
            this.cancelOnCheck = cancelOnCheck;
        }

        @Override
        public void update(long done, long total, String message) {
            armed |= armOn.test(message);
        }

        @Override
        public boolean isCancelled() {
            if (armed && checks < cancelOnCheck) {
                checks++;
            }
            return armed && checks >= cancelOnCheck;
        }
    }
}
