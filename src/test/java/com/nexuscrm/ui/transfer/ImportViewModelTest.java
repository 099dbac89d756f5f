package com.nexuscrm.ui.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Account;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.ProductUsage;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.SupportTicket;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.transfer.CsvImporter;
import com.nexuscrm.transfer.ImportResult;
import com.nexuscrm.transfer.RecordKind;
import com.nexuscrm.ui.common.DirectTaskExecutor;
import com.nexuscrm.ui.common.TaskExecutor;
import com.nexuscrm.usecase.ImportRecords;
import com.nexuscrm.usecase.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import dialog's model for tickets and usage over a real encrypted workspace: each refused row's problems listed
 * with line, field and cell, exactly what {@code nexus import tickets} reports for the same file; a file missing a
 * required column refused whole, naming the file and the column; a cancel during the save leaves nothing saved.
 */
class ImportViewModelTest {
    private static final String TICKETS = """
            account,subject,priority,status,openedAt,satisfaction
            acme.com,Login fails,high,open,2026-10-01,4
            Acme,Bad date,normal,open,01/10/2026,
            acme.com,Too happy,low,solved,2026-10-02,9
            acme.com,Whenever,whenever,open,,
            Initech,Printer on fire,urgent,open,,
            """;

    @TempDir Path dir;
    private WorkspaceStore store;
    private final AtomicInteger imported = new AtomicInteger();

    @BeforeEach
    void openStore() {
        store = WorkspaceStore.create(dir.resolve("ws"), "import-view-model".toCharArray());
        Account acme = new Account(Ids.newId());
        acme.setName("Acme");
        acme.setDomain("acme.com");
        acme.setCreatedAt(Instant.parse("2026-01-01T00:00:00Z"));
        store.accounts().save(acme);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private ImportViewModel model(RecordKind kind, TaskExecutor tasks) {
        return new ImportViewModel(new CsvImporter(store::repository), kind, tasks, imported::incrementAndGet);
    }

    @Test
    void refusedTicketRowsAreListedByLineFieldAndCellAsTheCommandLineReportsThem() throws Exception {
        Path csv = Files.writeString(dir.resolve("tickets.csv"), TICKETS);
        ImportViewModel model = model(RecordKind.TICKETS, new DirectTaskExecutor());
        model.open(csv);
        assertEquals("", model.resultProperty().get(), "every required column is there");
        model.runImport();

        assertTrue(model.resultProperty().get().startsWith("imported 1, rejected 4, report: "), model.resultProperty().get());
        assertTrue(model.resultProperty().get().contains("4 rows were refused"), model.resultProperty().get());
        assertEquals(1, imported.get());
        assertEquals(List.of("Login fails"), store.repository(SupportTicket.class).findAll().stream()
                .map(SupportTicket::getSubject).toList());
        List<ImportResult.Refusal> refused = List.copyOf(model.refusals());
        assertEquals(List.of(3, 4, 5, 6), refused.stream().map(ImportResult.Refusal::line).toList());
        assertEquals(List.of("openedAt", "satisfaction", "priority", "accountId"),
                refused.stream().map(ImportResult.Refusal::field).toList());
        assertEquals(List.of("01/10/2026", "9", "whenever", "Initech"), refused.stream().map(ImportResult.Refusal::value).toList());
        assertTrue(refused.get(0).reason().contains("such as 2024-05-31"), refused.get(0).reason());
        assertTrue(refused.get(1).reason().startsWith("must be from 1 to 5"), refused.get(1).reason());
        assertTrue(refused.get(2).reason().startsWith("'whenever' is not one of: low, normal"), refused.get(2).reason());
        assertTrue(refused.get(3).reason().contains("'Initech' is no account in this workspace")
                && refused.get(3).reason().contains("import or create the account first"), refused.get(3).reason());

        try (WorkspaceStore other = WorkspaceStore.create(dir.resolve("cli"), "import-view-model".toCharArray())) {
            Account acme = new Account(Ids.newId());
            acme.setName("Acme");
            acme.setDomain("acme.com");
            acme.setCreatedAt(Instant.parse("2026-01-01T00:00:00Z"));
            other.accounts().save(acme);
            ImportResult cli = new ImportRecords(Workspace.over(other)).importFile(RecordKind.TICKETS, csv, null,
                    dir.resolve("cli-report.csv"), Progress.NONE).result();
            assertEquals(List.of(1, 4), List.of(cli.imported(), cli.rejected()));
            assertEquals(refused, cli.refusals(), "the window and nexus import refuse the same rows for the same reasons");
        }
    }

    @Test
    void aUsageFileWithoutSeatsIsRefusedWholeNamingTheFileAndTheColumn() throws Exception {
        Path csv = Files.writeString(dir.resolve("usage.csv"), "account,periodStart,activeUsers\nacme.com,2026-08-01,40\n");
        ImportViewModel model = model(RecordKind.USAGE, new DirectTaskExecutor());
        model.open(csv);
        assertTrue(model.resultProperty().get().startsWith("No column fills seats, which every usage row needs"),
                model.resultProperty().get());
        model.runImport();

        String message = model.resultProperty().get();
        assertTrue(message.contains("usage.csv: no column for seats") && message.endsWith("Nothing was imported."), message);
        assertEquals(0, store.repository(ProductUsage.class).findAll().size());
        assertEquals(0, imported.get());
        assertTrue(model.refusals().isEmpty());
    }

    @Test
    void aFileThatIsNotCsvIsNamedAndCannotBeImported() throws Exception {
        Path binary = Files.write(dir.resolve("usage.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0, 1, 2, 0, 0});
        ImportViewModel model = model(RecordKind.USAGE, new DirectTaskExecutor());
        model.open(binary);
        assertTrue(model.detailsProperty().get().contains("usage.xlsx"), model.detailsProperty().get());
        assertFalse(model.readyProperty().get());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void cancellingWhileTheRowsAreSavedSavesNone() throws Exception {
        Path csv = Files.writeString(dir.resolve("tickets.csv"), TICKETS);
        ImportViewModel model = model(RecordKind.TICKETS, new CancelWhenSaving());
        model.open(csv);
        model.runImport();

        assertEquals("Cancelled: nothing was imported.", model.resultProperty().get());
        assertEquals(0, store.repository(SupportTicket.class).findAll().size());
        assertEquals(0, imported.get());
        assertFalse(model.busyProperty().get());
        assertTrue(model.readyProperty().get(), "the file can be imported again");
    }

    /** Runs work on the calling thread and cancels it the moment it starts saving, as Cancel pressed then would. */
    private static final class CancelWhenSaving implements TaskExecutor {
        @Override
        public <T> Handle run(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            boolean[] cancelled = {false};
            Progress progress = new Progress() {
                @Override
                public void update(long done, long total, String message) {
                    cancelled[0] |= message.startsWith("Saving");
                }

                @Override
                public boolean isCancelled() { return cancelled[0]; }
            };
            T result;
            try {
                result = work.run(progress);
            } catch (Exception e) {
                onFailure.accept(e);
                return Handle.DONE;
            }
            onSuccess.accept(result);
            return Handle.DONE;
        }

        @Override
        public ReadOnlyBooleanProperty busyProperty() { return new ReadOnlyBooleanWrapper(false).getReadOnlyProperty(); }

        @Override
        public ReadOnlyDoubleProperty progressProperty() { return new ReadOnlyDoubleWrapper(0).getReadOnlyProperty(); }

        @Override
        public ReadOnlyStringProperty messageProperty() { return new ReadOnlyStringWrapper("").getReadOnlyProperty(); }

        @Override
        public void cancelAll() { }
    }
}
