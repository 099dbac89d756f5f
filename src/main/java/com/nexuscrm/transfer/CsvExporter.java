package com.nexuscrm.transfer;

import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.SyncedRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes every live (not deleted) record of a kind to CSV: UTF-8 without BOM, comma-separated, a header of
 * field names ({@link RecordKind#fieldNames()}), enums by name, timestamps as ISO-8601 instants. The file
 * reads back through {@link CsvImporter} with the automatic mapping into equal records. It is written to
 * a {@code .part} file first and moved into place, so a failed or cancelled export leaves no half file.
 * Cells that a spreadsheet would run as a formula get a leading {@code '} ({@link FormulaGuard}) unless the
 * exporter is made {@code raw}; the importer removes it again.
 */
public final class CsvExporter {
    private static final int CHECK_EVERY = 500;

    private final Repositories repositories;
    private final boolean raw;

    /** A safe exporter: formula-like cells are prefixed with {@code '}. */
    public CsvExporter(Repositories repositories) {
        this(repositories, false);
    }

    /** @param raw write every cell exactly as stored, without the {@code '} guard (for tools that want it) */
    public CsvExporter(Repositories repositories, boolean raw) {
        this.repositories = Objects.requireNonNull(repositories, "repositories");
        this.raw = raw;
    }

    /** Exports and returns the number of records written. */
    public int export(RecordKind kind, Path file, Progress progress) {
        List<? extends SyncedRecord> records = repositories.repository(kind.entityClass()).findAll();
        writeAtomically(file, part -> write(kind, records, part, raw, progress));
        return records.size();
    }

    /**
     * Writes a table that is not a record kind (a campaign's send audit) as UTF-8 CSV, formula-guarded unless
     * {@code raw}, through a {@code .part} file moved into place, so a failed write leaves no half file.
     */
    public static void exportTable(Path file, List<String> header, List<List<String>> rows, boolean raw) {
        writeAtomically(file, part -> {
            try (Writer out = Files.newBufferedWriter(part, StandardCharsets.UTF_8);
                 CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
                printer.printRecord(header);
                for (List<String> row : rows) {
                    printer.printRecord(raw ? row : row.stream().map(c -> c == null ? "" : FormulaGuard.protect(c)).toList());
                }
            }
        });
    }

    private interface PartWriter {
        void write(Path part) throws IOException;
    }

    private static void writeAtomically(Path file, PartWriter writer) {
        Path part = file.toAbsolutePath().resolveSibling(file.getFileName() + ".part");
        try {
            writer.write(part);
            moveIntoPlace(part, file);
        } catch (IOException e) {
            deleteQuietly(part);
            throw new UncheckedIOException("Cannot write " + file + " (" + e.getMessage()
                    + "). Check that the folder is writable and the disk is not full.", e);
        } catch (RuntimeException e) {
            deleteQuietly(part);
            throw e;
        }
    }

    private static void write(RecordKind kind, List<? extends SyncedRecord> records, Path part, boolean raw,
                              Progress progress) throws IOException {
        try (Writer out = Files.newBufferedWriter(part, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(kind.fieldNames());
            List<String> cells = new ArrayList<>(kind.fields().size());
            for (int i = 0; i < records.size(); i++) {
                if (i % CHECK_EVERY == 0) {
                    progress.checkCancelled();
                    progress.update(i, records.size(), "Exported " + i + " of " + records.size());
                }
                cells.clear();
                for (RecordField field : kind.fields()) {
                    String cell = field.type().format(field.get(records.get(i)));
                    cells.add(raw ? cell : FormulaGuard.protect(cell));
                }
                printer.printRecord(cells);
            }
        }
        progress.update(records.size(), records.size(), "Exported " + records.size());
    }

    private static void moveIntoPlace(Path part, Path file) throws IOException {
        try {
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path part) {
        try {
            Files.deleteIfExists(part);
        } catch (IOException e) {
            // The export failed already; report that, not the clean-up.
        }
    }
}
