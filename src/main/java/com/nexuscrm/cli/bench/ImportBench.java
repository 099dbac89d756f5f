package com.nexuscrm.cli.bench;

import com.nexuscrm.domain.Progress;
import com.nexuscrm.storage.BenchBaselines;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.transfer.CsvImporter;
import com.nexuscrm.transfer.ImportResult;
import com.nexuscrm.transfer.RecordKind;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * CSV import into a fresh encrypted workspace (parse, map, validate, save through Hibernate with change
 * capture) against a bare JDBC batch insert of the same rows into another fresh encrypted workspace.
 */
@Command(name = "import", description = "CSV import rate vs a bare JDBC batch insert of the same rows.")
final class ImportBench implements Callable<Integer> {
    private static final char[] PASS = "benchmark-passphrase".toCharArray();
    private static final String[] COUNTRIES = {"Germany", "United States", "France", "Brazil", "Japan", "India"};
    private static final String[] TITLES = {"VP Sales", "Head of Operations", "CTO", "Buyer", "Marketing Manager"};

    @Option(names = "--leads", defaultValue = "50000")
    int leads;

    @Override
    public Integer call() throws IOException {
        Path dir = Files.createTempDirectory("nexus-import-bench");
        Path csv = dir.resolve("leads.csv");
        write(csv, leads);
        double baseline = timeBareJdbc(dir.resolve("bare"), csv);
        double importRate;
        try (WorkspaceStore store = WorkspaceStore.create(dir.resolve("import"), PASS)) {
            long start = System.nanoTime();
            ImportResult result = new CsvImporter(store::repository).importFile(RecordKind.LEADS, csv, null, null, Progress.NONE);
            importRate = result.imported() / ((System.nanoTime() - start) / 1e9);
            System.out.println(result.summary());
        }
        System.out.printf("import: %,.0f leads/s (target >= 5,000), bare JDBC batch insert %,.0f rows/s, ratio %.2f%n",
                importRate, baseline, baseline / importRate);
        return 0;
    }

    private static void write(Path csv, int rows) throws IOException {
        Random random = new Random(7);
        try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("First Name,Last Name,Email,Phone,Company,Job Title,Employees,Annual Revenue,Country,Lead Source,Status\n");
            for (int i = 0; i < rows; i++) {
                int company = random.nextInt(5000);
                out.write("Ann" + i + ",Lee" + i + ",ann" + i + "@company" + company + ".com,+1 415 555 " + (1000 + i % 9000)
                        + ",\"Company " + company + ", Inc\"," + TITLES[i % TITLES.length] + "," + (5 + random.nextInt(5000))
                        + "," + (100_000 + random.nextInt(9_000_000)) + "," + COUNTRIES[i % COUNTRIES.length] + ",Website,New\n");
            }
        }
    }

    /** Rows per second of CSV parsing plus a plain prepared-statement batch into the lead table: no ORM, no capture. */
    private static double timeBareJdbc(Path folder, Path csv) throws IOException {
        try (WorkspaceStore store = WorkspaceStore.create(folder, PASS); Reader in = Files.newBufferedReader(csv)) {
            long start = System.nanoTime();
            var records = CSVFormat.DEFAULT.builder().setHeader().get().parse(in).getRecords();
            int count = new BenchBaselines(store).insertLeadRows(records, CSVRecord::get);
            return count / ((System.nanoTime() - start) / 1e9);
        }
    }
}
