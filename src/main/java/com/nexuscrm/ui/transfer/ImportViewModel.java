package com.nexuscrm.ui.transfer;

import com.nexuscrm.transfer.ColumnMapping;
import com.nexuscrm.transfer.CsvImporter;
import com.nexuscrm.transfer.ImportResult;
import com.nexuscrm.transfer.PicklistMatching;
import com.nexuscrm.transfer.Preview;
import com.nexuscrm.transfer.RecordKind;
import com.nexuscrm.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The CSV import dialog: preview a file, let the user correct the column mapping, then import in the
 * background with progress and Cancel. The importer does all checking (the same {@link CsvImporter} rules as
 * {@code nexus import}: valid rows in one transaction, nothing saved when cancelled or when the file cannot be
 * used); this only shows what it found and what it did, each refused row's problems listed with line, field,
 * the cell as written and what to do.
 */
public final class ImportViewModel {
    /** Not mapped: the column is skipped. */
    public static final String IGNORE = "(skip this column)";

    /** One CSV column, a sample of its values, and the field it fills. */
    public record ColumnRow(String header, String sample, ObjectProperty<String> field) { }

    private final CsvImporter importer;
    private final TaskExecutor tasks;
    private final Runnable onImported;
    private final AfterImport afterImport;
    private final RecordKind kind;
    private final ImportPicklists picklists;
    private final ObservableList<ColumnRow> columns = FXCollections.observableArrayList();
    private final ObservableList<UnknownValueRow> unknowns = FXCollections.observableArrayList();
    private final ObservableList<ImportResult.Refusal> refusals = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private Preview preview;
    private PicklistMatching matching;
    /** The task running now (reading, checking or importing), for Cancel. */
    private TaskExecutor.Handle running = TaskExecutor.Handle.DONE;

    private record Checked(PicklistMatching matching, List<PicklistMatching.UnknownValue> unknown) { }

    public ImportViewModel(CsvImporter importer, RecordKind kind, TaskExecutor tasks, Runnable onImported) {
        this(importer, kind, tasks, onImported, AfterImport.NOTHING);
    }

    public ImportViewModel(CsvImporter importer, RecordKind kind, TaskExecutor tasks, Runnable onImported,
                           AfterImport afterImport) {
        this(importer, kind, tasks, onImported, afterImport, ImportPicklists.BUILT_IN);
    }

    /** Picklist values the team's lists do not know are listed before the import, each to be added or mapped. */
    public ImportViewModel(CsvImporter importer, RecordKind kind, TaskExecutor tasks, Runnable onImported,
                           AfterImport afterImport, ImportPicklists picklists) {
        this.picklists = picklists;
        this.importer = importer;
        this.kind = kind;
        this.tasks = tasks;
        this.onImported = onImported;
        this.afterImport = afterImport;
    }

    public void open(Path file) {
        busy.set(true);
        running = tasks.run("Reading " + file.getFileName(), p -> importer.preview(kind, file, 5), this::show, e -> {
            busy.set(false);
            details.set(e.getMessage());
        });
    }

    private void show(Preview value) {
        preview = value;
        busy.set(false);
        List<ColumnRow> rows = new ArrayList<>();
        for (int i = 0; i < value.headers().size(); i++) {
            String header = value.headers().get(i);
            rows.add(new ColumnRow(header, sample(value.rows(), i),
                    new SimpleObjectProperty<>(value.mapping().fieldFor(header).orElse(IGNORE))));
        }
        columns.setAll(rows);
        details.set(String.format("%s · %s · '%s' delimited · %d columns, %d matched automatically",
                value.file().getFileName(), value.encoding().displayName(), printable(value.delimiter()),
                value.headers().size(), value.mapping().mappedFields().size()));
        List<String> missing = kind.requiredColumns().stream()
                .filter(f -> !value.mapping().mappedFields().contains(f)).toList();
        result.set(missing.isEmpty() ? "" : "No column fills " + String.join(", ", missing) + ", which every "
                + kind.singular() + " needs: choose the column for it under \"Imports into\", or the file cannot be imported.");
        ready.set(true);
    }

    private static String sample(List<List<String>> rows, int column) {
        return rows.stream().filter(r -> r.size() > column).map(r -> r.get(column)).filter(s -> !s.isBlank())
                .limit(2).reduce((a, b) -> a + ", " + b).orElse("");
    }

    private static String printable(char delimiter) {
        return delimiter == '\t' ? "tab" : String.valueOf(delimiter);
    }

    /** The mapping as edited: each column to its chosen field, or skipped. */
    public ColumnMapping mapping() {
        ColumnMapping mapping = ColumnMapping.auto(kind, preview.headers());
        for (ColumnRow row : columns) {
            mapping = mapping.withField(row.header(), IGNORE.equals(row.field().get()) ? null : row.field().get());
        }
        return mapping;
    }

    /**
     * The first click checks the file's picklist values; when some are unknown they are listed (each with
     * "add" or "map to") and the next click imports with those choices. Otherwise it imports at once.
     */
    public void runImport() {
        if (preview == null || busy.get()) {
            return;
        }
        ColumnMapping mapping = mapping();
        busy.set(true);
        result.set("");
        refusals.clear();
        if (matching == null) {
            running = tasks.run("Checking the values of " + preview.file().getFileName(), p -> {
                PicklistMatching fresh = picklists.start();
                return new Checked(fresh, importer.unknownValues(kind, preview.file(), mapping, fresh, p));
            }, checked -> review(checked, mapping), e -> {
                busy.set(false);
                result.set(nothingImported(e));
            });
            return;
        }
        importWith(mapping);
    }

    private void review(Checked checked, ColumnMapping mapping) {
        matching = checked.matching();
        if (checked.unknown().isEmpty()) {
            importWith(mapping);
            return;
        }
        busy.set(false);
        unknowns.setAll(checked.unknown().stream().map(u -> new UnknownValueRow(u, matching.list(u.list()),
                u.list() != com.nexuscrm.domain.PicklistName.DEAL_STAGE)).toList());
        result.set(unknowns.size() + (unknowns.size() == 1 ? " value is" : " values are") + " not in your team's lists."
                + " Choose for each whether to add it or map it to an existing value, then press Import.");
    }

    private void importWith(ColumnMapping mapping) {
        PicklistMatching used = matching;
        for (UnknownValueRow row : unknowns) {
            if (row.chosenProperty().get().key() != null) {
                used.mapTo(row.value().list(), row.value().value(), row.chosenProperty().get().key());
            }
        }
        busy.set(true);
        AtomicReference<ImportResult> saved = new AtomicReference<>();
        running = tasks.run("Importing " + preview.file().getFileName(),
                p -> {
                    ImportResult imported = importer.importFile(kind, preview.file(), mapping, null, used, p);
                    saved.set(imported);
                    picklists.keep(used);
                    String summary = used.summary().isEmpty() ? imported.summary() : imported.summary() + "\n" + used.summary();
                    String after = afterImport.run(imported.importedIds(), p);
                    return after.isEmpty() ? summary : summary + "\n" + after;
                }, done -> {
                    busy.set(false);
                    ready.set(false);
                    refusals.setAll(saved.get().refusals());
                    result.set(done + refusedNote(saved.get()));
                    onImported.run();
                }, e -> afterFailure(e, saved));
    }

    /** A cancel reports at once while the work may still be saving: what was saved is known once it has stopped. */
    private void afterFailure(Throwable e, AtomicReference<ImportResult> saved) {
        Runnable report = () -> {
            busy.set(false);
            if (saved.get() == null) {
                matching = null; // the next Import checks the file again against the lists as they are
                result.set(nothingImported(e));
                return;
            }
            // Cancelled after the records were committed: they stay; only the follow-up stopped.
            ready.set(false);
            refusals.setAll(saved.get().refusals());
            result.set(saved.get().summary() + "\nWhat follows the import stopped: " + e.getMessage() + refusedNote(saved.get()));
            onImported.run();
        };
        if (e instanceof com.nexuscrm.domain.Progress.CancelledException) {
            running.whenStopped(report);
        } else {
            report.run();
        }
    }

    private static String nothingImported(Throwable e) {
        return e instanceof com.nexuscrm.domain.Progress.CancelledException
                ? "Cancelled: nothing was imported."
                : e.getMessage() != null && e.getMessage().endsWith("Nothing was imported.") ? e.getMessage()
                : "Nothing was imported: " + e.getMessage();
    }

    private static String refusedNote(ImportResult r) {
        return r.rejected() == 0 ? "" : "\n" + (r.rejected() == 1 ? "1 row was" : r.rejected() + " rows were")
                + " refused: each problem is listed above with its line, field and what to do"
                + (r.report() == null ? "." : " (the same list is in " + r.report().getFileName() + ").");
    }

    /** Stops the running read, check or import; an import stopped before its commit saves nothing. */
    public void cancel() {
        running.cancel();
    }

    public List<String> fieldChoices() {
        List<String> choices = new ArrayList<>(kind.fieldNames());
        choices.add(0, IGNORE);
        return choices;
    }

    public String title() {
        return switch (kind) {
            case TICKETS -> "Import support tickets from CSV";
            case USAGE -> "Import product usage from CSV";
            default -> "Import " + kind.name().toLowerCase(Locale.ROOT) + " from CSV";
        };
    }

    /** What the dialog tells before the import. */
    public String hint() {
        String rows = "Check which field each column fills. Rows that break a rule are not imported: after the import they"
                + " are listed here with their line, field and what to do, and written to a report beside the file.";
        return kind == RecordKind.TICKETS || kind == RecordKind.USAGE ? rows + " The account column names the account by"
                + " its id, domain or name; a row naming an account this workspace does not have is refused and listed." : rows;
    }

    public ObservableList<ImportResult.Refusal> refusals() { return refusals; }
    public ReadOnlyDoubleProperty progressProperty() { return tasks.progressProperty(); }
    public ObservableList<ColumnRow> columns() { return columns; }
    public ObservableList<UnknownValueRow> unknownValues() { return unknowns; }
    public ReadOnlyStringProperty detailsProperty() { return details.getReadOnlyProperty(); }
    public ReadOnlyStringProperty resultProperty() { return result.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty readyProperty() { return ready.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
}
