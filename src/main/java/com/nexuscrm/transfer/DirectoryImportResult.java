package com.nexuscrm.transfer;

import java.nio.file.Path;
import java.util.List;

/**
 * What a company directory import did: {@code companies} now make up the directory, replacing the
 * {@code replaced} it held before; {@code ignoredColumns} matched no company field and were not read.
 */
public record DirectoryImportResult(Path file, int companies, long replaced, List<String> ignoredColumns) {
    public DirectoryImportResult {
        ignoredColumns = List.copyOf(ignoredColumns);
    }

    /** One line for people and scripts: {@code imported N companies from FILE (replacing M)[; ignored columns: ...]}. */
    public String summary() {
        return String.format("imported %,d %s from %s (replacing %,d)", companies, companies == 1 ? "company" : "companies",
                file.getFileName(), replaced)
                + (ignoredColumns.isEmpty() ? "" : "; ignored columns: " + String.join(", ", ignoredColumns));
    }
}
