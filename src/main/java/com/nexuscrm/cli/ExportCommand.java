package com.nexuscrm.cli;

import com.nexuscrm.usecase.Workspace;
import com.nexuscrm.transfer.CsvExporter;
import com.nexuscrm.transfer.RecordKind;
import com.nexuscrm.usecase.CampaignAudit;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nexus export KIND FILE [--raw]}: every live record of the kind as UTF-8 CSV; cells a spreadsheet would
 * run as a formula start with {@code '} unless {@code --raw} is given.
 */
@Command(name = "export", description = "Export leads, accounts, contacts or deals to a CSV file.")
final class ExportCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "leads, accounts, contacts, deals, or touches (the audit of every campaign send)")
    String kind;

    @Parameters(index = "1", description = "CSV file to write")
    Path file;

    @Option(names = "--raw", description = "Write cells exactly as stored. Without it, a cell starting with"
            + " =, +, -, @, tab or carriage return gets a leading ' so that spreadsheets do not run it as a"
            + " formula; 'nexus import' removes that ' again.")
    boolean raw;

    @Mixin
    WorkspaceOption workspace;

    @Override
    public Integer call() {
        if ("touches".equalsIgnoreCase(kind)) {
            try (Workspace open = workspace.open()) {
                int count = new CampaignAudit(open.campaigns(Clock.systemUTC(), ZoneId.systemDefault())).export(file, raw);
                System.out.printf("exported %d campaign touches to %s%n", count, file.toAbsolutePath());
                return 0;
            }
        }
        RecordKind recordKind = RecordKinds.parse(kind);
        try (Workspace open = workspace.open()) {
            int count = new CsvExporter(open::repository, raw).export(recordKind, file, new ConsoleProgress(System.err));
            System.out.printf("exported %d %s to %s%n", count, kind, file.toAbsolutePath());
            return 0;
        }
    }
}
