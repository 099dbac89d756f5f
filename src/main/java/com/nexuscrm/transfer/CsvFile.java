package com.nexuscrm.transfer;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An open CSV file: its detected encoding and delimiter, its header, then its rows one at a time. Each row
 * is split off by {@link RecordSplitter} and then parsed on its own by Commons CSV, so a broken row can only
 * break itself. Blank lines are skipped: they hold no data.
 */
public final class CsvFile implements AutoCloseable {
    /** One data row at its first physical line; {@code values} is null when {@code problem} says why. */
    public record Row(int line, String raw, List<String> values, String problem) { }

    private final Path file;
    private final TextEncoding encoding;
    private final Reader reader;
    private final PhysicalLines lines;
    private final long size;
    private char delimiter;
    private CSVFormat format;
    private RecordSplitter splitter;
    private List<String> headers;

    private CsvFile(Path file, TextEncoding encoding, Reader reader, long size) {
        this.file = file;
        this.encoding = encoding;
        this.reader = reader;
        this.lines = new PhysicalLines(reader);
        this.size = size;
    }

    /** Opens the file and reads its header; throws {@link ImportException} when it is not usable CSV. */
    public static CsvFile open(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new ImportException(file, "no such file. Check the path and try again.");
            }
            TextEncoding encoding = TextEncoding.detect(file);
            CsvFile csv = new CsvFile(file, encoding, encoding.open(file), Files.size(file));
            try {
                csv.readHeader();
                return csv;
            } catch (RuntimeException e) {
                csv.close();
                throw e;
            }
        } catch (IOException e) {
            throw new ImportException(file, "cannot be read (" + com.nexuscrm.domain.FileProblems.reason(e) + "). Check that it exists"
                    + " and is not open in another program.", e);
        }
    }

    private void readHeader() throws IOException {
        PhysicalLines.Line first = lines.next();
        while (first != null && first.text().isBlank()) {
            first = lines.next();
        }
        if (first == null) {
            throw new ImportException(file, "the file is empty. Export the data again with a header row"
                    + " naming the columns, e.g. 'First Name,Last Name,Email'.");
        }
        rejectBinary(first);
        delimiter = detectDelimiter(first.text());
        format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        splitter = new RecordSplitter(lines, delimiter);
        splitter.pushBack(first);
        RecordSplitter.RawRecord header = splitter.next();
        if (header.problem() != null) {
            throw new ImportException(file, "line " + header.line() + ": the header has an " + header.problem()
                    + ". Fix the quotes in the first line.");
        }
        headers = parse(header.text()).stream().map(String::strip).toList();
    }

    private void rejectBinary(PhysicalLines.Line first) {
        boolean control = first.text().chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\r' && c != '\n');
        if (control) {
            throw new ImportException(file, "this is not a CSV text file (it looks like a spreadsheet,"
                    + " archive or other binary file). Save it as 'CSV UTF-8' and import that file.");
        }
    }

    /** The most frequent of ',', ';' and tab outside quotes in the header line; ',' when there is none. */
    static char detectDelimiter(String headerLine) {
        int[] counts = new int[3];
        char[] candidates = {',', ';', '\t'};
        boolean quoted = false;
        for (char c : headerLine.toCharArray()) {
            quoted ^= c == '"';
            for (int i = 0; i < candidates.length && !quoted; i++) {
                counts[i] += c == candidates[i] ? 1 : 0;
            }
        }
        int best = 0;
        for (int i = 1; i < candidates.length; i++) {
            best = counts[i] > counts[best] ? i : best;
        }
        return candidates[best];
    }

    /** The next data row, or null at the end of the file. */
    public Row next() throws IOException {
        RecordSplitter.RawRecord raw = splitter.next();
        while (raw != null && raw.problem() == null && raw.text().isBlank()) {
            raw = splitter.next();
        }
        if (raw == null) {
            return null;
        }
        if (raw.problem() != null) {
            return new Row(raw.line(), raw.text(), null, raw.problem());
        }
        return toRow(raw);
    }

    private Row toRow(RecordSplitter.RawRecord raw) {
        List<String> values;
        try {
            values = parse(raw.text());
        } catch (IOException | UncheckedIOException e) {
            return new Row(raw.line(), raw.text(), null, "malformed quoted field (" + e.getMessage() + ")");
        }
        if (values.size() != headers.size()) {
            return new Row(raw.line(), raw.text(), null, "has " + values.size() + " values but the header has "
                    + headers.size() + " columns");
        }
        return new Row(raw.line(), raw.text(), values, null);
    }

    private List<String> parse(String text) throws IOException {
        try (CSVParser parser = CSVParser.parse(text, format)) {
            List<CSVRecord> records = parser.getRecords();
            return records.isEmpty() ? List.of("") : records.get(0).toList();
        }
    }

    public Path file() {
        return file;
    }

    Charset encoding() {
        return encoding.charset();
    }

    public char delimiter() {
        return delimiter;
    }

    public List<String> headers() {
        return headers;
    }

    /** Rough share of the file read so far, 0 to 1000, for progress bars. */
    public long permilleRead() {
        return size == 0 ? 1000 : Math.min(1000, lines.charsRead() * 1000 / size);
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
