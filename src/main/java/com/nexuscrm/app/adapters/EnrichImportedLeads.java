package com.nexuscrm.app.adapters;

import com.nexuscrm.domain.EnrichmentSummary;
import com.nexuscrm.domain.LeadEnrichment;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.ui.transfer.AfterImport;
import java.util.List;
import java.util.UUID;

/** The lead import's follow-up in the window: the imported leads are enriched from the company directory. */
public final class EnrichImportedLeads implements AfterImport {
    private final LeadEnrichment enrichment;

    public EnrichImportedLeads(LeadEnrichment enrichment) {
        this.enrichment = enrichment;
    }

    @Override
    public String run(List<UUID> importedIds, Progress progress) {
        try {
            EnrichmentSummary summary = enrichment.enrich(importedIds, progress);
            return summary.directoryEmpty() ? "" : "Enriched from the company directory: " + summary.text();
        } catch (RuntimeException e) {
            return "The leads are imported, but enriching them did not finish (" + e.getMessage() + "). Enrich them"
                    + " later with Settings > Company directory > Enrich existing leads.";
        }
    }
}
