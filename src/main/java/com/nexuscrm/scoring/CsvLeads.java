package com.nexuscrm.scoring;

import com.nexuscrm.transfer.CsvFile;
import com.nexuscrm.transfer.ImportException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Any lead CSV as a training table. The delimiter and encoding are detected; each column's type is
 * inferred from its values: numbers, yes/no flags, dates (as days before the column's newest date), or
 * categories. Blanks and placeholders such as {@code Select} are missing. Identifier-like and constant
 * columns are dropped, and so are the columns the caller names; every drop is reported with its reason.
 * Families come from a mapping file ({@code column,family} per line, or {@code column,drop}) or from the
 * column name.
 */
public final class CsvLeads {
    static final Set<String> MISSING = Set.of("", "select", "na", "n/a", "nan", "null", "none", "?", "-", "--");
    private static final Set<String> YES = Set.of("yes", "y", "true", "t", "1");
    private static final Set<String> NO = Set.of("no", "n", "false", "f", "0");
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]"), DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm[:ss]"),
            DateTimeFormatter.ofPattern("dd/MM/yyyy"), DateTimeFormatter.ofPattern("yyyy/MM/dd"));

    /** The table, the columns dropped with their reasons, and rows left out because they had no label. */
    public record Loaded(LabelledTable table, Map<String, String> dropped, int unlabelledRows, char delimiter) { }

    private CsvLeads() { }

    public static Loaded read(Path file, String labelColumn, Path mappingFile, List<String> drop, String dropReason) {
        Map<String, String> mapping = mappingFile == null ? Map.of() : readMapping(mappingFile);
        List<String> headers;
        List<String[]> values = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        int unlabelled = 0;
        char delimiter;
        try (CsvFile csv = CsvFile.open(file)) {
            headers = csv.headers();
            delimiter = csv.delimiter();
            int labelAt = indexOf(headers, labelColumn);
            if (labelAt < 0) {
                throw new ImportException(file, "has no column \"" + labelColumn + "\" for the label. Its columns are: "
                        + String.join(", ", headers) + ". Name one of them with --label.");
            }
            for (CsvFile.Row row = csv.next(); row != null; row = csv.next()) {
                if (row.values() == null) {
                    throw new ImportException(file, "line " + row.line() + ": " + row.problem());
                }
                String[] cells = row.values().toArray(new String[0]);
                String raw = labelAt < cells.length ? cells[labelAt].trim().toLowerCase(Locale.ROOT) : "";
                if (MISSING.contains(raw)) {
                    unlabelled++;
                    continue;
                }
                if (!YES.contains(raw) && !NO.contains(raw)) {
                    throw new ImportException(file, "line " + row.line() + ", column \"" + headers.get(labelAt) + "\": the label \""
                            + cells[labelAt] + "\" is not 0/1, yes/no or true/false. Fix the value or choose another --label.");
                }
                labels.add(YES.contains(raw) ? 1 : 0);
                values.add(cells);
            }
        } catch (IOException e) {
            throw new ImportException(file, "cannot be read (" + com.nexuscrm.domain.FileProblems.reason(e) + ")", e);
        }
        Map<String, String> dropped = new LinkedHashMap<>();
        List<Column> columns = new ArrayList<>();
        List<Integer> sources = new ArrayList<>();
        for (int c = 0; c < headers.size(); c++) {
            String header = headers.get(c);
            if (header.equalsIgnoreCase(labelColumn)) {
                continue;
            }
            String mapped = mapping.get(header.toLowerCase(Locale.ROOT));
            if (matchesAny(header, drop) || "drop".equals(mapped)) {
                dropped.put(header, dropReason);
                continue;
            }
            Inferred inferred = infer(values, c);
            if (inferred.dropReason() != null) {
                dropped.put(header, inferred.dropReason());
                continue;
            }
            Family family = mapped != null ? Family.parse(mapped) : guessFamily(header);
            columns.add(new Column(header, header + inferred.labelSuffix(), family, inferred.kind()));
            sources.add(c);
        }
        List<Object[]> rows = new ArrayList<>(values.size());
        LocalDate[] newest = newestDates(values, columns, sources);
        for (String[] cells : values) {
            Object[] row = new Object[columns.size()];
            for (int k = 0; k < columns.size(); k++) {
                String cell = sources.get(k) < cells.length ? cells[sources.get(k)].trim() : "";
                row[k] = MISSING.contains(cell.toLowerCase(Locale.ROOT)) ? null : typed(columns.get(k), cell, newest[k]);
            }
            rows.add(row);
        }
        LabelledTable table = new LabelledTable(columns, rows, labels.stream().mapToInt(Integer::intValue).toArray(),
                file.getFileName().toString());
        return new Loaded(table, dropped, unlabelled, delimiter);
    }

    private record Inferred(Column.Kind kind, String labelSuffix, String dropReason) { }

    private static Inferred infer(List<String[]> values, int c) {
        Set<String> distinct = new HashSet<>();
        boolean numbers = true;
        boolean flags = true;
        boolean dates = true;
        for (String[] cells : values) {
            String cell = c < cells.length ? cells[c].trim() : "";
            String lower = cell.toLowerCase(Locale.ROOT);
            if (MISSING.contains(lower)) {
                continue;
            }
            distinct.add(lower);
            numbers &= number(cell) != null;
            flags &= YES.contains(lower) || NO.contains(lower);
            dates &= date(cell) != null;
        }
        if (distinct.size() <= 1) {
            return new Inferred(null, "", distinct.isEmpty() ? "always missing" : "the same value in every row");
        }
        if (distinct.size() >= 100 && distinct.size() >= 0.95 * values.size() && !(numbers && hasFraction(distinct))) {
            return new Inferred(null, "", "a different value in almost every row (an identifier)");
        }
        if (flags && distinct.size() <= 2) {
            return new Inferred(Column.Kind.FLAG, "", null);
        }
        if (numbers) {
            return new Inferred(Column.Kind.NUMBER, "", null);
        }
        if (dates) {
            return new Inferred(Column.Kind.NUMBER, " (days before latest)", null);
        }
        return new Inferred(Column.Kind.CATEGORY, "", null);
    }

    private static Object typed(Column column, String cell, LocalDate newest) {
        return switch (column.kind()) {
            case FLAG -> YES.contains(cell.toLowerCase(Locale.ROOT));
            case NUMBER -> newest != null ? Double.valueOf(ChronoUnit.DAYS.between(date(cell), newest)) : number(cell);
            case CATEGORY -> cell;
            case TOKENS -> Arrays.stream(cell.split("[,;]")).map(String::trim).filter(t -> !t.isEmpty()).toList();
        };
    }

    private static LocalDate[] newestDates(List<String[]> values, List<Column> columns, List<Integer> sources) {
        LocalDate[] newest = new LocalDate[columns.size()];
        for (int k = 0; k < columns.size(); k++) {
            if (!columns.get(k).label().endsWith("(days before latest)")) {
                continue;
            }
            for (String[] cells : values) {
                LocalDate d = sources.get(k) < cells.length ? date(cells[sources.get(k)].trim()) : null;
                if (d != null && (newest[k] == null || d.isAfter(newest[k]))) {
                    newest[k] = d;
                }
            }
        }
        return newest;
    }

    static Double number(String cell) {
        if (cell.isEmpty() || !(Character.isDigit(cell.charAt(0)) || "+-.".indexOf(cell.charAt(0)) >= 0)) {
            return null;
        }
        try {
            double d = Double.parseDouble(cell);
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean hasFraction(Set<String> values) {
        return values.stream().anyMatch(v -> v.contains("."));
    }

    static LocalDate date(String cell) {
        if (!cell.matches("\\d{2,4}[-/]\\d{1,2}[-/]\\d{2,4}.*")) {
            return null;
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return cell.length() > 10 ? LocalDateTime.parse(cell, f).toLocalDate() : LocalDate.parse(cell, f);
            } catch (RuntimeException e) {
                // try the next pattern
            }
        }
        return null;
    }

    /** Intent and engagement words in a column's name; anything else describes the lead, so it is fit. */
    static Family guessFamily(String header) {
        String h = header.toLowerCase(Locale.ROOT);
        if (h.matches(".*(email|open|click|repl|session|time spent|time on|activity|engag|call|sms|view|frequen|recen|last).*")) {
            return Family.ENGAGEMENT;
        }
        if (h.matches(".*(visit|page|pricing|demo|download|search|source|origin|campaign|advert|form|webinar|trial|hear about|recommend|magazine|newspaper|forum|updates).*")) {
            return Family.INTENT;
        }
        return Family.FIT;
    }

    static boolean matchesAny(String header, List<String> patterns) {
        for (String pattern : patterns) {
            String p = pattern.trim();
            if (p.endsWith("*") ? header.toLowerCase(Locale.ROOT).startsWith(p.substring(0, p.length() - 1).toLowerCase(Locale.ROOT))
                    : header.equalsIgnoreCase(p)) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(List<String> headers, String name) {
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).trim().equalsIgnoreCase(name.trim())) {
                return i;
            }
        }
        return -1;
    }

    /** {@code column,family} or {@code column,drop} per line; {@code #} starts a comment. */
    static Map<String, String> readMapping(Path file) {
        Map<String, String> mapping = new LinkedHashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new ImportException(file, "cannot be read (" + com.nexuscrm.domain.FileProblems.reason(e) + "). Check the --mapping path.", e);
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int comma = Math.max(line.lastIndexOf(','), line.lastIndexOf('='));
            String what = comma < 0 ? "" : line.substring(comma + 1).trim().toLowerCase(Locale.ROOT);
            if (comma < 0 || !what.equals("drop") && Family.parse(what) == null) {
                throw new ImportException(file, "line " + (i + 1) + ": expected \"column,family\" where family is fit,"
                        + " intent, engagement or drop, but found \"" + line + "\".");
            }
            mapping.put(line.substring(0, comma).trim().toLowerCase(Locale.ROOT), what);
        }
        return mapping;
    }
}
