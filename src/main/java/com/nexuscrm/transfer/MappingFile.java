package com.nexuscrm.transfer;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parses {@code --mapping} files: one {@code CSV header=field} per line, {@code #} comments, blank lines.
 * Not {@link java.util.Properties}: headers contain spaces and colons, and errors must name their line.
 */
final class MappingFile {
    private static final String FORMAT = "Each line must read 'CSV header=field', e.g. 'E-mail=email'.";

    private final RecordKind kind;
    private final Path file;
    private final Map<String, String> fieldByHeader = new LinkedHashMap<>();
    private final Map<String, Integer> lineByField = new HashMap<>();

    private MappingFile(RecordKind kind, Path file) {
        this.kind = kind;
        this.file = file;
    }

    static ColumnMapping read(RecordKind kind, Path file) {
        MappingFile mapping = new MappingFile(kind, file);
        try (BufferedReader in = new BufferedReader(TextEncoding.detect(file).open(file))) {
            int number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                mapping.addLine(++number, line.strip());
            }
        } catch (IOException e) {
            throw new ImportException(file, "cannot read the mapping file (" + com.nexuscrm.domain.FileProblems.reason(e) + ").", e);
        }
        return new ColumnMapping(kind, mapping.fieldByHeader);
    }

    private void addLine(int number, String line) {
        if (line.isEmpty() || line.startsWith("#")) {
            return;
        }
        int equals = line.indexOf('=');
        if (equals <= 0) {
            throw error(number, "'" + line + "' is not a mapping. " + FORMAT);
        }
        String header = line.substring(0, equals).strip();
        String value = line.substring(equals + 1).strip();
        if (value.isEmpty() || value.equals("-")) {
            fieldByHeader.put(header, null);
            return;
        }
        String field = HeaderSynonyms.exactField(kind, value).orElseThrow(() -> error(number, "'" + value
                + "' is not a " + kind.singular() + " field. Valid fields: " + String.join(", ", kind.fieldNames())));
        Integer earlier = lineByField.putIfAbsent(field, number);
        if (earlier != null) {
            throw error(number, field + " is already mapped on line " + earlier + ". Map each field from one column.");
        }
        fieldByHeader.put(header, field);
    }

    private ImportException error(int line, String message) {
        return new ImportException(file, "line " + line + ": " + message);
    }
}
