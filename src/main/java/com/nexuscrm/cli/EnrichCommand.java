package com.nexuscrm.cli;

import com.nexuscrm.usecase.Workspace;

import com.nexuscrm.domain.EnrichmentSummary;
import com.nexuscrm.transfer.CompanyDirectoryImporter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code nexus enrich import FILE} loads the company directory; {@code nexus enrich leads} fills the empty
 * company fields of every lead from it. Offline: nothing is sent anywhere.
 */
@Command(name = "enrich", description = "Offline lead enrichment from a company directory.",
        subcommands = {EnrichCommand.ImportDirectory.class, EnrichCommand.EnrichLeads.class})
final class EnrichCommand {
    @Command(name = "import", description = "Replace the company directory with a CSV file (domain, name, industry,"
            + " employees, annual revenue, country, technologies). All or nothing.")
    static final class ImportDirectory implements Callable<Integer> {
        @Parameters(index = "0", description = "CSV file, one company per row")
        Path file;

        @Mixin
        WorkspaceOption workspace;

        @Override
        public Integer call() {
            try (Workspace open = workspace.open()) {
                System.out.println(new CompanyDirectoryImporter(open.companies())
                        .importFile(file, new ConsoleProgress(System.err)).summary());
                return 0;
            }
        }
    }

    @Command(name = "leads", description = "Fill the empty company fields of every lead from the company directory.")
    static final class EnrichLeads implements Callable<Integer> {
        @Mixin
        WorkspaceOption workspace;

        @Override
        public Integer call() {
            try (Workspace open = workspace.open()) {
                EnrichmentSummary summary = new com.nexuscrm.usecase.EnrichLeads(open).all(new ConsoleProgress(System.err));
                System.out.println("enriched " + summary.text());
                summary.ambiguities().forEach(a -> System.out.println("  ambiguous: " + a));
                return summary.directoryEmpty() ? 1 : 0;
            }
        }
    }
}
