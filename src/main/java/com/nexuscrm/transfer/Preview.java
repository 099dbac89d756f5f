package com.nexuscrm.transfer;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

/**
 * The first rows of a CSV file as the importer will read them, for a mapping dialog: the detected encoding
 * and delimiter, the header, the automatic mapping and the raw values of up to N well-formed rows (rows
 * with broken quotes or a wrong number of values are left out here and reported by the import).
 */
public record Preview(Path file, Charset encoding, char delimiter, List<String> headers, ColumnMapping mapping,
                      List<List<String>> rows) {
    public Preview {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
