package com.nexuscrm.transfer;

import com.nexuscrm.storage.WorkspaceStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Real H2 workspaces and small files for the transfer tests. */
final class Workspaces {
    static final char[] PASS = "correct horse battery".toCharArray();
    static final Instant NOW = Instant.parse("2026-11-02T08:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private Workspaces() { }

    static WorkspaceStore create(Path folder) {
        return WorkspaceStore.create(folder, PASS);
    }

    static CsvImporter importer(WorkspaceStore store) {
        return new CsvImporter(store::repository, CLOCK);
    }

    static Path write(Path file, String text) {
        return write(file, text, StandardCharsets.UTF_8);
    }

    static Path write(Path file, String text, Charset charset) {
        try {
            return Files.write(file, text.getBytes(charset));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The reject report's data rows. */
    static List<CSVRecord> report(Path report) throws IOException {
        try (CSVParser parser = CSVParser.parse(report, StandardCharsets.UTF_8,
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        }
    }
}
