package com.nexuscrm.cli.bench;

import picocli.CommandLine.Command;

/** {@code nexus bench WHAT}: each figure printed beside a baseline measured in the same run. */
@Command(name = "bench", description = "Benchmarks; each prints its figure as a ratio to a baseline from the same run.",
        subcommands = {StartupBench.class, SearchBench.class, ImportBench.class, SyncBench.class, ScoringBench.class, TranscriptionBench.class,
                TimelineBench.class, ForecastBench.class, Customer360Bench.class, DealsBench.class, CampaignsBench.class})
public final class BenchCommand {
    static double median(long[] values) {
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }
}
