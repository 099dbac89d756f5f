package com.nexuscrm.transfer;

import com.nexuscrm.domain.Progress;
import com.nexuscrm.storage.WorkspaceStore;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Throwaway measurement, not a test: imports generated leads into a fresh workspace and prints the rate.
 * Run with the test classpath: {@code java -cp ... com.nexuscrm.transfer.ImportBenchmark [rows]}.
 */
public final class ImportBenchmark {
    private ImportBenchmark() { }

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        Path dir = Files.createTempDirectory("nexus-bench");
        Path csv = dir.resolve("leads.csv");
        generate(csv, rows);
        try (WorkspaceStore store = WorkspaceStore.create(dir.resolve("ws"), "benchmark-pass".toCharArray())) {
            long start = System.nanoTime();
            ImportResult result = new CsvImporter(store::repository)
                    .importFile(RecordKind.LEADS, csv, null, null, new Timing());
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%s in %.2f s: %.0f leads/s%n", result.summary(), seconds, result.imported() / seconds);
        }
    }

    private static void generate(Path csv, int rows) throws IOException {
        try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("First Name,Last Name,Email,Company,Job Title,Employees,Annual Revenue,Country,Lead Source,Status\n");
            for (int i = 0; i < rows; i++) {
                out.write("First" + i + ",Last" + i + ",person" + i + "@company" + (i % 997) + ".com,\"Company "
                        + (i % 997) + ", Inc\",Buyer," + (10 + i % 5000) + "," + (1000 + i) + ".50,Germany,Website,New\n");
            }
        }
    }

    /**
     * Prints when each phase starts, in wall time and in this thread's CPU time: the build machine is shared,
     * so CPU time says more about the code than wall time does.
     */
    private static final class Timing implements Progress {
        private final long start = System.nanoTime();
        private final long cpuStart = cpu();
        private String phase = "";

        @Override
        public void update(long done, long total, String message) {
            String next = message.replaceAll("[0-9].*", "");
            if (!next.equals(phase)) {
                phase = next;
                System.out.printf("wall %6.2f s  cpu %6.2f s  %s%n", (System.nanoTime() - start) / 1e9,
                        (cpu() - cpuStart) / 1e9, message);
            }
        }

        private static long cpu() {
            return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    }
}
