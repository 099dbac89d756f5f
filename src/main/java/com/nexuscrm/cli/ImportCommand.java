package com.nexuscrm.cli;

import com.nexuscrm.usecase.Workspace;

import com.nexuscrm.transfer.ColumnMapping;
import com.nexuscrm.transfer.RecordKind;
import com.nexuscrm.usecase.ImportConsent;
import com.nexuscrm.usecase.ImportRecords;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nexus import KIND FILE}: valid rows in one transaction, invalid ones to a reject report. Imported
 * leads are then enriched from the company directory, when there is one (a line says how). Picklist values
 * mapped by synonym or added to the team's lists are listed on a line of their own; with
 * {@code --strict-picklists} unknown values reject their rows, one line each naming line, field and value.
 */
@Command(name = "import", description = "Import a CSV file of leads, accounts, contacts or deals.")
final class ImportCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "leads, accounts, contacts, deals, or consent (campaign consent per channel)")
    String kind;

    @Parameters(index = "1", description = "CSV file")
    Path file;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--mapping", description = "File of 'CSV header=field' lines; default: match by header")
    Path mapping;

    @Option(names = "--report", description = "Where to write rejected rows (default: beside the input)")
    Path report;

    @Option(names = "--strict-picklists", description = "Reject rows whose source, industry or stage is not in the"
            + " team's lists (default: add such values to the lists and say so)")
    boolean strictPicklists;

    @Override
    public Integer call() {
        if ("consent".equalsIgnoreCase(kind)) {
            return consent();
        }
        RecordKind recordKind = RecordKinds.parse(kind);
        ColumnMapping columns = mapping == null ? null : ColumnMapping.load(recordKind, mapping);
        try (Workspace open = workspace.open()) {
            ConsoleProgress progress = new ConsoleProgress(System.err);
            ImportRecords.Outcome outcome = new ImportRecords(open).importFile(recordKind, file, columns, report,
                    strictPicklists, progress);
            System.out.println(outcome.result().summary());
            if (!outcome.picklistSummary().isEmpty()) {
                System.out.println(outcome.picklistSummary());
            }
            outcome.picklists().refusals().forEach(r -> System.out.println("line " + r.line() + ", " + r.field()
                    + ": '" + r.value() + "' is not in the team's list; the row was rejected (--strict-picklists)"));
            outcome.enriched().filter(e -> !e.directoryEmpty()).ifPresent(e -> System.out.println("enriched " + e.text()));
            String likely = com.nexuscrm.usecase.ImportedDuplicates.summary(outcome.duplicates());
            if (!likely.isEmpty()) {
                System.out.println(likely);
            }
            return 0;
        }
    }

    /** {@code nexus import consent FILE}: campaign consent per channel, the whole file or nothing. */
    private int consent() {
        try (Workspace open = workspace.open()) {
            ImportConsent.Result result = new ImportConsent(open, java.time.Clock.systemUTC(),
                    java.time.ZoneId.systemDefault()).importFile(file);
            System.out.println(result.summary());
            result.refused().forEach(r -> System.out.println(r.text()));
            return result.refused().isEmpty() ? 0 : 1;
        }
    }
}
