package com.nexuscrm.ui.settings;

import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.domain.CompanyDirectory;
import com.nexuscrm.domain.DirectoryImport;
import com.nexuscrm.domain.EnrichmentSummary;
import com.nexuscrm.domain.LeadEnrichment;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.transfer.CompanyDirectoryImporter;
import com.nexuscrm.ui.common.DialogService;
import com.nexuscrm.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Settings → Company directory: import the directory leads are enriched from (CSV, replacing the previous
 * one), see what it holds, and enrich the existing leads. Both run in the background with progress and a
 * Cancel that stops only this section's task; a cancelled run changes nothing.
 */
public final class CompanyDirectoryViewModel {

    private final CompanyDirectory directory;
    private final CompanyDirectoryImporter importer;
    private final LeadEnrichment enrichment;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Formats formats;
    private final Runnable leadsChanged;
    private final ReadOnlyStringWrapper contents = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(true);
    private volatile boolean cancelRequested;

    /** @param leadsChanged runs on the FX thread after enrichment changed leads, so the inbox can reload */
    public CompanyDirectoryViewModel(CompanyDirectory directory, CompanyDirectoryImporter importer,
                                     LeadEnrichment enrichment, TaskExecutor tasks, DialogService dialogs, Formats formats,
                                     Runnable leadsChanged) {
        this.directory = directory;
        this.importer = importer;
        this.enrichment = enrichment;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.formats = formats;
        this.leadsChanged = leadsChanged;
    }

    private record Contents(long companies, Optional<DirectoryImport> source) { }

    /** Reads how many companies the directory holds and where they came from. */
    public void refresh() {
        tasks.run("Reading the company directory", p -> new Contents(directory.size(), directory.lastImport()),
                this::show, e -> error.set("Cannot read the company directory: " + e.getMessage()));
    }

    private void show(Contents now) {
        empty.set(now.companies() == 0);
        contents.set(now.source().filter(s -> now.companies() > 0)
                .map(s -> String.format("%,d %s from %s, imported %s", now.companies(),
                        now.companies() == 1 ? "company" : "companies", s.fileName(), formats.dayTime(s.importedAt())))
                .orElse("No company directory yet. Import a CSV file with one company per row: domain, name,"
                        + " industry, employees, annual revenue, country, technologies."));
    }

    /** Asks for a CSV file, then imports it. */
    public void chooseAndImport() {
        if (!busy.get()) {
            dialogs.chooseCsvFile("Import company directory").ifPresent(this::importFile);
        }
    }

    /** Imports the file in the background, replacing the directory only if every row is valid. */
    public void importFile(Path file) {
        if (busy.get()) {
            return;
        }
        start();
        tasks.run("Importing " + file.getFileName(), p -> importer.importFile(file, cancellable(p)), done -> {
            finish(capitalized(done.summary()) + ".");
            refresh();
        }, e -> fail(e, "Import cancelled; the previous directory is kept."));
    }

    /** Enriches every lead that has an empty field, in one transaction. */
    public void enrichExistingLeads() {
        if (busy.get()) {
            return;
        }
        start();
        tasks.run("Enriching leads", p -> enrichment.enrichAll(cancellable(p)), summary -> {
            finish(describe(summary));
            if (summary.fieldsFilled() > 0) {
                leadsChanged.run();
            }
        }, e -> fail(e, "Enrichment cancelled; no lead was changed."));
    }

    private static String describe(EnrichmentSummary summary) {
        StringBuilder text = new StringBuilder(capitalized(summary.text())).append('.');
        if (!summary.ambiguities().isEmpty()) {
            text.append("\nLeft alone because several companies fit:");
            summary.ambiguities().forEach(a -> text.append("\n  ").append(a));
        }
        return text.toString();
    }

    /** Stops this section's running task at its next safe point; nothing it did is kept. */
    public void cancel() {
        cancelRequested = true;
    }

    private Progress cancellable(Progress progress) {
        return new Progress() {
            @Override
            public void update(long done, long total, String message) {
                progress.update(done, total, message);
            }

            @Override
            public boolean isCancelled() {
                return cancelRequested || progress.isCancelled();
            }
        };
    }

    private void start() {
        cancelRequested = false;
        error.set("");
        result.set("");
        busy.set(true);
    }

    private void finish(String message) {
        busy.set(false);
        result.set(message);
    }

    private void fail(Throwable e, String whenCancelled) {
        busy.set(false);
        if (e instanceof Progress.CancelledException) {
            result.set(whenCancelled);
        } else {
            error.set(e.getMessage());
        }
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    public ReadOnlyStringProperty contentsProperty() { return contents.getReadOnlyProperty(); }
    public ReadOnlyStringProperty resultProperty() { return result.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    /** True while the directory holds no company: enriching would find nothing. */
    public ReadOnlyBooleanProperty emptyProperty() { return empty.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty progressProperty() { return tasks.progressProperty(); }
    public ReadOnlyStringProperty progressMessageProperty() { return tasks.messageProperty(); }
}
