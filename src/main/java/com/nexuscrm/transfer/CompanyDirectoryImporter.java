package com.nexuscrm.transfer;

import com.nexuscrm.domain.CompanyDirectory;
import com.nexuscrm.domain.CompanyDomains;
import com.nexuscrm.domain.CompanyProfile;
import com.nexuscrm.domain.DirectoryImport;
import com.nexuscrm.domain.FieldError;
import com.nexuscrm.domain.Progress;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Imports the company directory that enrichment matches leads against, from a CSV file with one company per
 * row: domain (required), name, industry, employees, annual revenue, country and technologies, under their
 * own names or common synonyms ({@link DirectoryColumns}). Encoding and delimiter are detected as for record
 * imports ({@link CsvFile}).
 *
 * <p>All or nothing: any bad row (a number that is not one, a missing or repeated domain, a value too long
 * for the lead field it fills, a broken quote) fails the whole import with {@link ImportException} listing
 * each problem by line and column, and the previous directory stays as it was. A good file replaces the
 * whole directory.
 */
public final class CompanyDirectoryImporter {
    private static final int CHECK_EVERY = 500;
    private static final int PROBLEMS_LISTED = 10;

    private final CompanyDirectory directory;
    private final Clock clock;

    public CompanyDirectoryImporter(CompanyDirectory directory) {
        this(directory, Clock.systemUTC());
    }

    /** With a fixed clock the import date is predictable. */
    public CompanyDirectoryImporter(CompanyDirectory directory, Clock clock) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Reads and checks the whole file, then replaces the directory with it in one transaction. */
    public DirectoryImportResult importFile(Path file, Progress progress) {
        DirectoryColumns columns;
        List<CompanyProfile> companies;
        try (CsvFile csv = CsvFile.open(file)) {
            columns = DirectoryColumns.of(csv.headers());
            if (columns.column("domain") < 0) {
                throw new ImportException(file, "no column holds the company domain (headers: "
                        + String.join(", ", csv.headers()) + "). Add a column named 'Domain' (or 'Website') with each"
                        + " company's domain, e.g. acme.com. Nothing was imported; the previous directory is kept.");
            }
            companies = read(csv, columns, progress);
        } catch (IOException e) {
            throw new ImportException(file, "cannot be read (" + com.nexuscrm.domain.FileProblems.reason(e) + "). Check that it exists and is"
                    + " not open in another program. Nothing was imported; the previous directory is kept.", e);
        }
        long before = directory.size();
        progress.update(0, companies.size(), "Saving " + companies.size() + " companies");
        directory.replaceAll(companies, new DirectoryImport(file.getFileName().toString(), clock.instant(),
                companies.size()), progress);
        return new DirectoryImportResult(file, companies.size(), before, columns.ignored());
    }

    private static List<CompanyProfile> read(CsvFile csv, DirectoryColumns columns, Progress progress)
            throws IOException {
        List<CompanyProfile> companies = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, Integer> lineByDomain = new HashMap<>();
        int count = 0;
        for (CsvFile.Row row = csv.next(); row != null; row = csv.next()) {
            if (++count % CHECK_EVERY == 0) {
                progress.checkCancelled();
                progress.update(csv.permilleRead(), 1000, "Reading line " + row.line());
            }
            if (row.problem() != null) {
                problems.add("line " + row.line() + ": " + row.problem());
                continue;
            }
            List<String> rowProblems = new ArrayList<>();
            CompanyProfile company = convert(row.values(), columns, row.line(), rowProblems);
            Integer earlier = company.domain().isEmpty() ? null : lineByDomain.putIfAbsent(company.domain(), row.line());
            if (earlier != null) {
                rowProblems.add(at(row.line(), columns, "domain") + company.domain() + " is already on line " + earlier
                        + "; keep one row per company");
            }
            problems.addAll(rowProblems);
            if (rowProblems.isEmpty()) {
                companies.add(company);
            }
        }
        progress.checkCancelled();
        if (!problems.isEmpty()) {
            throw new ImportException(csv.file(), describe(problems));
        }
        if (companies.isEmpty()) {
            throw new ImportException(csv.file(), "has a header but no companies. Nothing was imported; the previous"
                    + " directory is kept.");
        }
        return companies;
    }

    private static CompanyProfile convert(List<String> values, DirectoryColumns columns, int line, List<String> problems) {
        Cells cells = new Cells(values, columns, line, problems);
        CompanyProfile company = new CompanyProfile(CompanyDomains.normalize(cells.text("domain")),
                cells.textOrNull("name"), cells.textOrNull("industry"), (Integer) cells.parsed("employees", FieldType.INTEGER),
                (BigDecimal) cells.parsed("annualRevenue", FieldType.DECIMAL), cells.textOrNull("country"),
                cells.textOrNull("technologies"));
        for (FieldError error : company.problems()) {
            if (!cells.failed(error.field())) {
                problems.add(at(line, columns, error.field()) + error.message());
            }
        }
        return company;
    }

    private static String at(int line, DirectoryColumns columns, String field) {
        return "line " + line + ", column '" + columns.header(field) + "': ";
    }

    private static String describe(List<String> problems) {
        StringBuilder text = new StringBuilder(problems.size() == 1 ? "1 problem" : problems.size() + " problems");
        text.append(", so nothing was imported and the previous directory is kept. Fix ")
                .append(problems.size() == 1 ? "it" : "them").append(" and import the file again:");
        problems.stream().limit(PROBLEMS_LISTED).forEach(p -> text.append("\n  ").append(p));
        if (problems.size() > PROBLEMS_LISTED) {
            text.append("\n  ... and ").append(problems.size() - PROBLEMS_LISTED).append(" more");
        }
        return text.toString();
    }

    /** The cells of one row by field, parsed, with the problems found on the way. */
    private record Cells(List<String> values, DirectoryColumns columns, int line, List<String> problems,
                         List<String> failedFields) {
        Cells(List<String> values, DirectoryColumns columns, int line, List<String> problems) {
            this(values, columns, line, problems, new ArrayList<>());
        }

        String text(String field) {
            int column = columns.column(field);
            return column < 0 ? "" : values.get(column).strip();
        }

        String textOrNull(String field) {
            String text = text(field);
            return text.isEmpty() ? null : text;
        }

        Object parsed(String field, FieldType type) {
            String text = text(field);
            if (text.isEmpty()) {
                return null;
            }
            try {
                return type.parse(text);
            } catch (IllegalArgumentException e) {
                failedFields.add(field);
                problems.add(at(line, columns, field) + e.getMessage());
                return null;
            }
        }

        boolean failed(String field) {
            return failedFields.contains(field);
        }
    }
}
