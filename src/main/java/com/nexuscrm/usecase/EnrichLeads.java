package com.nexuscrm.usecase;

import com.nexuscrm.domain.CompanyDirectory;
import com.nexuscrm.domain.EnrichmentSummary;
import com.nexuscrm.domain.LeadEnrichment;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.storage.StoredEnrichments;
import com.nexuscrm.storage.StoredCompanyDirectory;
import com.nexuscrm.storage.WorkspaceStore;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Fills leads' empty company fields from the workspace's company directory: after an import, on demand
 * ({@code nexus enrich leads}, Settings → Company directory), and as the lead form's suggestion.
 */
public final class EnrichLeads {
    private final CompanyDirectory companies;
    private final LeadEnrichment enrichment;

    public EnrichLeads(Workspace workspace) {
        WorkspaceStore store = workspace.store();
        this.companies = new StoredCompanyDirectory(store);
        this.enrichment = new LeadEnrichment(companies, new StoredEnrichments(store), Clock.systemUTC());
    }

    /** The directory the enrichment matches against (Settings → Company directory edits it). */
    public CompanyDirectory companies() { return companies; }

    /** The enrichment itself, for the screens that preview or run it. */
    public LeadEnrichment enrichment() { return enrichment; }

    /** Every lead in the workspace. */
    public EnrichmentSummary all(Progress progress) {
        return enrichment.enrichAll(progress);
    }

    /** The leads an import just added. */
    public EnrichmentSummary imported(List<UUID> leadIds, Progress progress) {
        return enrichment.enrich(leadIds, progress);
    }
}
