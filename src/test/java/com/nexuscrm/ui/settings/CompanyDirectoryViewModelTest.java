package com.nexuscrm.ui.settings;

import java.util.Locale;
import com.nexuscrm.ui.common.Formats;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadEnrichment;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.testing.InMemoryCompanyDirectory;
import com.nexuscrm.testing.InMemoryLeads;
import com.nexuscrm.testing.Leads;
import com.nexuscrm.transfer.CompanyDirectoryImporter;
import com.nexuscrm.ui.common.DirectTaskExecutor;
import com.nexuscrm.ui.common.RecordingDialogs;
import com.nexuscrm.ui.common.TaskExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings → Company directory over in-memory leads and company directory, with work run synchronously. */
class CompanyDirectoryViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T09:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private final InMemoryLeads leads = new InMemoryLeads();
    private final InMemoryCompanyDirectory directory = new InMemoryCompanyDirectory();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private int reloads;

    private CompanyDirectoryViewModel model(TaskExecutor tasks) {
        LeadEnrichment enrichment = new LeadEnrichment(directory, leads.enrichments(), CLOCK);
        CompanyDirectoryViewModel model = new CompanyDirectoryViewModel(directory,
                new CompanyDirectoryImporter(directory, CLOCK), enrichment, tasks, dialogs, new Formats(Locale.UK, ZoneOffset.UTC), () -> reloads++);
        model.refresh();
        return model;
    }

    private Path csv(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void importsTheChosenFileShowsWhatItHoldsAndEnrichesExistingLeads() throws IOException {
        Lead lead = leads.save(Leads.lead("Ann", "Lee", "Acme"));
        CompanyDirectoryViewModel model = model(new DirectTaskExecutor());
        assertTrue(model.contentsProperty().get().startsWith("No company directory yet."));
        assertTrue(model.emptyProperty().get());

        dialogs.chosenFile = csv("companies.csv", "domain,name,industry,employees\nacme.com,Acme,Software,42\n");
        model.chooseAndImport();

        assertEquals("1 company from companies.csv, imported 25 Nov 2026, 09:30", model.contentsProperty().get());
        assertEquals("Imported 1 company from companies.csv (replacing 0).", model.resultProperty().get());
        assertFalse(model.emptyProperty().get());

        model.enrichExistingLeads();

        assertEquals("1 lead: 1 matched, 3 fields filled, 0 unmatched, 0 ambiguous, 0 already complete.",
                model.resultProperty().get());
        assertEquals(42, leads.find(lead.getId()).orElseThrow().getEmployees());
        assertEquals(1, reloads, "the inbox reloads after leads changed");
        assertEquals("", model.errorProperty().get());
    }

    @Test
    void aBadFileIsReportedInPlaceAndKeepsThePreviousDirectory() throws IOException {
        CompanyDirectoryViewModel model = model(new DirectTaskExecutor());
        model.importFile(csv("good.csv", "domain\nacme.com\n"));

        model.importFile(csv("bad.csv", "domain,employees\nglobex.com,many\n"));

        assertTrue(model.errorProperty().get().contains("line 2, column 'employees': 'many' is not a whole number"),
                model.errorProperty().get());
        assertTrue(model.contentsProperty().get().contains("from good.csv"));
        assertEquals(1, directory.size());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void cancelStopsOnlyThisTaskAndChangesNothing() throws IOException {
        CompanyDirectoryViewModel[] model = new CompanyDirectoryViewModel[1];
        TaskExecutor cancelsWhileRunning = new TaskExecutor() {
            private final DirectTaskExecutor direct = new DirectTaskExecutor();

            @Override
            public <T> Handle run(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                return direct.run(title, p -> work.run(new Progress() {
                    @Override
                    public void update(long done, long total, String message) {
                        if (title.startsWith("Importing")) {
                            model[0].cancel();
                        }
                    }

                    @Override
                    public boolean isCancelled() { return false; }
                }), onSuccess, onFailure);
            }

            @Override
            public ReadOnlyBooleanProperty busyProperty() { return direct.busyProperty(); }

            @Override
            public ReadOnlyDoubleProperty progressProperty() { return direct.progressProperty(); }

            @Override
            public ReadOnlyStringProperty messageProperty() { return direct.messageProperty(); }

            @Override
            public void cancelAll() { }
        };
        model[0] = model(cancelsWhileRunning);
        StringBuilder rows = new StringBuilder("domain\n");
        for (int i = 0; i < 1200; i++) {
            rows.append("c").append(i).append(".com\n");
        }

        model[0].importFile(csv("big.csv", rows.toString()));

        assertEquals("Import cancelled; the previous directory is kept.", model[0].resultProperty().get());
        assertEquals(0, directory.size());
        assertNull(directory.lastImport().orElse(null));
        assertFalse(model[0].busyProperty().get());
    }
}
