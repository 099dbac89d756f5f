package com.nexuscrm.transfer;

import com.nexuscrm.domain.FieldError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV of rejected rows: {@code line,field,reason,record}, one row per rejected record in file order.
 * {@code field} lists the fields at fault ("" for a row-level problem such as an unclosed quote);
 * {@code reason} says what is wrong with each; {@code record} is the row exactly as it was in the file.
 */
final class RejectReport {
    static final List<String> HEADER = List.of("line", "field", "reason", "record");

    private RejectReport() { }

    /** {@code leads.csv} gets {@code leads.rejected.csv} beside it. */
    static Path besideInput(Path input) {
        String name = input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return input.toAbsolutePath().resolveSibling(base + ".rejected.csv");
    }

    static Path write(Path report, List<ImportBatch.Rejected> rows) {
        try (Writer out = Files.newBufferedWriter(report, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(HEADER);
            for (ImportBatch.Rejected row : rows) {
                printer.printRecord(row.line(), fields(row.errors()), reasons(row.errors()), row.raw());
            }
            return report;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the reject report " + report + " (" + e.getMessage()
                    + "). Nothing was imported; choose a writable location for the report.", e);
        }
    }

    private static String fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).filter(f -> !f.isEmpty()).distinct()
                .collect(Collectors.joining("; "));
    }

    private static String reasons(List<FieldError> errors) {
        return errors.stream().map(e -> e.field().isEmpty() ? e.message() : e.toString())
                .collect(Collectors.joining("; "));
    }
}
