package com.nexuscrm.usecase;

import com.nexuscrm.domain.EnrichmentSummary;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.transfer.ColumnMapping;
import com.nexuscrm.transfer.CsvImporter;
import com.nexuscrm.transfer.ImportResult;
import com.nexuscrm.transfer.PicklistMatching;
import com.nexuscrm.transfer.RecordKind;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code nexus import}: a CSV file into the workspace, all valid rows or a report of the rejected ones;
 * imported leads are then enriched from the company directory (the window does the same through
 * its import dialog's follow-up). Picklist cells (source, industry, stage) are matched to the team's lists by
 * synonyms; a value the lists do not know is added to its list (and the list saved for the team) unless the
 * import is strict, which rejects such rows instead. Deals without a currency column get the workspace currency.
 */
public final class ImportRecords {
    /**
     * What was imported, for leads what the enrichment filled in, what happened to picklist values, and the
     * likely duplicates among the imported records (imported anyway).
     */
    public record Outcome(ImportResult result, Optional<EnrichmentSummary> enriched, PicklistMatching picklists,
                          boolean listsSaved, java.util.List<com.nexuscrm.domain.DuplicateRules.LikelyDuplicate> duplicates) {
        /** The picklist line of the summary, or empty when every value was used as written. */
        public String picklistSummary() {
            String text = picklists.summary();
            return text.isEmpty() || listsSaved || picklists.grownLists().isEmpty() ? text
                    : text + " (kept on the records but not added to the team's lists: only an admin or a manager of the team can add values)";
        }
    }

    private final CsvImporter importer;
    private final EnrichLeads enrich;
    private final TeamPicklists lists;
    private final FindDuplicates duplicates;

    public ImportRecords(Workspace workspace) {
        this.importer = new CsvImporter(workspace::repository, java.time.Clock.systemUTC(), TeamCurrency.of(workspace).load());
        this.enrich = new EnrichLeads(workspace);
        this.lists = TeamPicklists.of(workspace);
        this.duplicates = new FindDuplicates(workspace);
    }

    public Outcome importFile(RecordKind kind, Path file, ColumnMapping columns, Path report, Progress progress) {
        return importFile(kind, file, columns, report, false, progress);
    }

    public Outcome importFile(RecordKind kind, Path file, ColumnMapping columns, Path report, boolean strictPicklists,
                              Progress progress) {
        PicklistMatching picklists = new PicklistMatching(lists.all(),
                strictPicklists ? PicklistMatching.Unknown.REJECT : PicklistMatching.Unknown.ADD);
        ImportResult result = importer.importFile(kind, file, columns, report, picklists, progress);
        boolean saved = lists.editable();
        if (saved) {
            picklists.grownLists().forEach(lists::save);
        }
        var likely = ImportedDuplicates.find(duplicates, kind, result.importedIds());
        if (kind != RecordKind.LEADS) {
            return new Outcome(result, Optional.empty(), picklists, saved, likely);
        }
        return new Outcome(result, Optional.of(enrich.imported(result.importedIds(), progress)), picklists, saved, likely);
    }
}
