package com.nexuscrm.transfer;

import com.nexuscrm.domain.FieldError;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.RecordRepository;
import com.nexuscrm.domain.SyncedRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Imports leads, accounts, contacts or deals from a CSV file.
 *
 * <p>The file's encoding (UTF-8 with or without BOM, else Windows-1252) and delimiter ({@code ,}, {@code ;}
 * or tab) are detected. Every valid row is saved in one transaction; every invalid row is listed in a
 * reject report (see {@link ImportResult}). A file that cannot be read as CSV at all, or whose columns
 * cannot fill a record, throws {@link ImportException} and changes nothing; so does cancelling through the
 * {@link Progress}, with {@link Progress.CancelledException}.
 */
public final class CsvImporter {
    private static final int CHECK_EVERY = 500;

    private final Repositories repositories;
    private final Clock clock;
    private final String currency;

    public CsvImporter(Repositories repositories) {
        this(repositories, Clock.systemUTC());
    }

    /** With a fixed clock, the default {@code createdAt} of imported records is predictable. */
    public CsvImporter(Repositories repositories, Clock clock) {
        this(repositories, clock, com.nexuscrm.domain.CurrencyCode.DEFAULT);
    }

    /** {@code currency}: the workspace currency, given to imported deals whose file has no currency for them. */
    public CsvImporter(Repositories repositories, Clock clock, String currency) {
        this.repositories = Objects.requireNonNull(repositories, "repositories");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.currency = Objects.requireNonNull(currency, "currency");
    }

    /**
     * Encoding, delimiter, headers, automatic mapping and up to {@code rows} rows, for a mapping dialog; the
     * rows show values as they will be imported (without a safe export's {@code '}, see {@link FormulaGuard}).
     */
    public Preview preview(RecordKind kind, Path file, int rows) {
        try (CsvFile csv = CsvFile.open(file)) {
            List<List<String>> sample = new ArrayList<>();
            CsvFile.Row row;
            while (sample.size() < rows && (row = csv.next()) != null) {
                if (row.values() != null) {
                    sample.add(row.values().stream().map(FormulaGuard::unprotect).toList());
                }
            }
            return new Preview(file, csv.encoding(), csv.delimiter(), csv.headers(),
                    ColumnMapping.auto(kind, csv.headers()), sample);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /**
     * Imports the file.
     *
     * @param mapping which column fills which field; {@code null} maps the headers automatically
     * @param report where to write the reject report; {@code null} puts {@code NAME.rejected.csv} beside the
     *               file. It is written only when some row is rejected, and replaces an older report.
     */
    public ImportResult importFile(RecordKind kind, Path file, ColumnMapping mapping, Path report, Progress progress) {
        return importFile(kind, file, mapping, report, PicklistMatching.defaults(), progress);
    }

    /**
     * Imports the file, turning picklist cells into the team's values through {@code picklists}, which then
     * holds what was mapped and added (the caller saves the lists it grew).
     */
    public ImportResult importFile(RecordKind kind, Path file, ColumnMapping mapping, Path report,
                                   PicklistMatching picklists, Progress progress) {
        ImportBatch batch;
        boolean idsFromFile;
        try (CsvFile csv = CsvFile.open(file)) {
            ColumnMapping columnMapping = mapping == null ? ColumnMapping.auto(kind, csv.headers()) : mapping;
            List<RecordField> columns = bind(kind, csv, columnMapping);
            idsFromFile = columns.stream().anyMatch(f -> f != null && f.name().equals("id"));
            batch = read(kind, csv, columns, picklists, progress);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        Path reportPath = report == null ? RejectReport.besideInput(file) : report;
        return save(kind.entityClass(), batch, idsFromFile, reportPath, progress);
    }

    /**
     * The values of the file's picklist columns that neither the lists nor a choice in {@code picklists} know,
     * with their row counts, for the import dialog to ask about before importing.
     */
    public List<PicklistMatching.UnknownValue> unknownValues(RecordKind kind, Path file, ColumnMapping mapping,
                                                             PicklistMatching picklists, Progress progress) {
        try (CsvFile csv = CsvFile.open(file)) {
            List<RecordField> columns = bind(kind, csv, mapping == null ? ColumnMapping.auto(kind, csv.headers()) : mapping);
            return UnknownValues.scan(csv, columns, picklists, progress);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static List<RecordField> bind(RecordKind kind, CsvFile csv, ColumnMapping mapping) {
        if (mapping.kind() != kind) {
            throw new IllegalArgumentException("The mapping is for " + mapping.kind() + ", not " + kind);
        }
        List<RecordField> columns = mapping.fieldsByColumn(csv.headers());
        if (columns.stream().allMatch(Objects::isNull)) {
            throw new ImportException(csv.file(), "no column matches a " + kind.singular() + " field (headers: "
                    + String.join(", ", csv.headers()) + "). Check that the first line is the header, rename the"
                    + " columns or map them (under \"Imports into\" in the import dialog, or in a --mapping file). Valid fields: " + String.join(", ", kind.fieldNames()));
        }
        for (String required : kind.requiredColumns()) {
            if (columns.stream().noneMatch(f -> f != null && f.name().equals(required))) {
                throw new ImportException(csv.file(), "no column for " + required + ", which every "
                        + kind.singular() + " needs. Add a column named '" + required
                        + "' or map an existing column to it (under \"Imports into\" in the import dialog, or in a --mapping file)."
                        + " Nothing was imported.");
            }
        }
        return columns;
    }

    private ImportBatch read(RecordKind kind, CsvFile csv, List<RecordField> columns, PicklistMatching picklists,
                             Progress progress) throws IOException {
        ImportBatch batch = new ImportBatch();
        AccountReferences[] accounts = new AccountReferences[1];
        RowConverter converter = new RowConverter(kind, columns, clock.instant(), currency, picklists, () -> {
            if (accounts[0] == null) {
                accounts[0] = AccountReferences.over(repositories);
            }
            return accounts[0];
        });
        int count = 0;
        for (CsvFile.Row row = csv.next(); row != null; row = csv.next()) {
            if (++count % CHECK_EVERY == 0) {
                progress.checkCancelled();
                progress.update(csv.permilleRead(), 1000, "Reading line " + row.line());
            }
            if (row.problem() != null) {
                batch.rejectRow(row.line(), row.raw(), row.problem());
                continue;
            }
            picklists.atLine(row.line());
            RowConverter.Conversion conversion = converter.convert(row.values());
            List<FieldError> errors = conversion.errors();
            if (errors.isEmpty()) {
                picklists.rowAccepted();
                batch.accept(row.line(), row.raw(), conversion.record());
            } else {
                batch.reject(row.line(), row.raw(), errors, cellsAtFault(columns, row.values(), errors));
            }
        }
        progress.checkCancelled();
        return batch;
    }

    /** The cell each erring field was read from, for the refusal to show what was written. */
    private static java.util.Map<String, String> cellsAtFault(List<RecordField> columns, List<String> values,
                                                            List<FieldError> errors) {
        java.util.Map<String, String> cells = new java.util.HashMap<>();
        for (int i = 0; i < columns.size() && i < values.size(); i++) {
            RecordField field = columns.get(i);
            if (field != null && errors.stream().anyMatch(e -> e.field().equals(field.name()))) {
                cells.putIfAbsent(field.name(), FormulaGuard.unprotect(values.get(i)).strip());
            }
        }
        return cells;
    }

    /**
     * Writes the report first so that a failure to write it leaves the store untouched. Only ids read from
     * the file can already exist: the others are fresh UUIDv7s, so the lookup is skipped for them.
     */
    private <T extends SyncedRecord> ImportResult save(Class<T> type, ImportBatch batch, boolean idsFromFile,
                                                       Path report, Progress progress) {
        RecordRepository<T> repository = repositories.repository(type);
        if (idsFromFile) {
            progress.update(0, 1, "Checking for records that already exist");
            batch.rejectExisting(repository.existingIds(batch.ids()));
        }
        List<ImportBatch.Rejected> rejected = batch.rejected();
        Path written = rejected.isEmpty() ? null : RejectReport.write(report, rejected);
        List<T> records = batch.records().stream().map(type::cast).toList();
        try {
            progress.update(0, 1, "Saving " + records.size() + " records");
            // Every id is new: the importer has already rejected rows whose id exists.
            repository.insertAll(new CancellableRecords<>(records, progress));
        } catch (RuntimeException e) {
            deleteQuietly(written);
            throw e;
        }
        progress.update(1, 1, "Imported " + records.size() + " records");
        return new ImportResult(records.size(), rejected.size(), written, batch.ids(), batch.refusals());
    }

    private static void deleteQuietly(Path report) {
        try {
            if (report != null) {
                Files.deleteIfExists(report);
            }
        } catch (IOException e) {
            // The import failed already; that error matters more than a stale report.
        }
    }

    private static ImportException unreadable(Path file, IOException e) {
        return new ImportException(file, "cannot be read (" + com.nexuscrm.domain.FileProblems.reason(e) + "). Check that it exists and is"
                + " not open in another program. Nothing was imported.", e);
    }
}
