package com.nexuscrm.usecase;

import com.nexuscrm.domain.EnrichmentSummary;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.transfer.ColumnMapping;
import com.nexuscrm.transfer.CsvImporter;
import com.nexuscrm.transfer.ImportResult;
import com.nexuscrm.transfer.RecordKind;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code nexus import}: a CSV file into the workspace, all valid rows or a report of the rejected ones;
 * imported leads are then enriched from the company directory (the window does the same through
 * its import dialog's follow-up).
 */
public final class ImportRecords {
    /** What was imported, and for leads what the enrichment filled in. */
    public record Outcome(ImportResult result, Optional<EnrichmentSummary> enriched,
                          java.util.List<com.nexuscrm.domain.DuplicateRules.LikelyDuplicate> duplicates) { }

    private final CsvImporter importer;
    private final EnrichLeads enrich;
    private final FindDuplicates duplicates;

    public ImportRecords(Workspace workspace) {
        this.importer = new CsvImporter(workspace::repository);
        this.enrich = new EnrichLeads(workspace);
        this.duplicates = new FindDuplicates(workspace);
    }

    public Outcome importFile(RecordKind kind, Path file, ColumnMapping columns, Path report, Progress progress) {
        ImportResult result = importer.importFile(kind, file, columns, report, progress);
        var likely = ImportedDuplicates.find(duplicates, kind, result.importedIds());
        if (kind != RecordKind.LEADS) {
            return new Outcome(result, Optional.empty(), likely);
        }
        return new Outcome(result, Optional.of(enrich.imported(result.importedIds(), progress)), likely);
    }
}
