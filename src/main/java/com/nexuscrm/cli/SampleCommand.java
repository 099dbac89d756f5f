package com.nexuscrm.cli;

import com.nexuscrm.usecase.Workspace;
import com.nexuscrm.usecase.CreateWorkspace;
import com.nexuscrm.usecase.Passphrases;
import com.nexuscrm.usecase.SampleSeeding;

import com.nexuscrm.sample.SampleSummary;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code nexus sample}: builds a deterministic sample workspace. */
@Command(name = "sample", description = "Create a realistic sample workspace (seeded, reproducible).")
final class SampleCommand implements Callable<Integer> {
    @Option(names = "--workspace", required = true, description = "New workspace folder")
    Path workspace;

    @Option(names = "--leads", defaultValue = "20000", description = "Number of leads (default ${DEFAULT-VALUE})")
    int leads;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--as-of", description = "Reference date of the data, yyyy-MM-dd (default: today)")
    LocalDate asOf;

    @Override
    public Integer call() {
        Instant reference = (asOf == null ? LocalDate.now(ZoneOffset.UTC) : asOf).atTime(9, 0).toInstant(ZoneOffset.UTC);
        long start = System.nanoTime();
        if (Workspace.exists(workspace)) {
            throw new IllegalArgumentException("A workspace already exists in " + workspace.toAbsolutePath()
                    + "; choose a new folder (nothing was changed).");
        }
        SampleSummary[] summary = {null};
        CreateWorkspace.build(workspace, Passphrases.forCommand(),
                SampleSeeding.seeder(leads, seed, reference, built -> summary[0] = built), new ConsoleProgress(System.err));
        System.out.printf("sample workspace %s: %,d leads, %,d deals, %,d calls, %,d records in all (%.1f s)%n",
                workspace.toAbsolutePath(), summary[0].leads(), summary[0].deals(), summary[0].calls(), summary[0].total(), (System.nanoTime() - start) / 1e9);
        return 0;
    }
}
