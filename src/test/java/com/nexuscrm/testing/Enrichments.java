package com.nexuscrm.testing;

import com.nexuscrm.domain.LeadEnrichment;
import com.nexuscrm.storage.StoredEnrichments;
import com.nexuscrm.storage.StoredCompanyDirectory;
import com.nexuscrm.storage.WorkspaceStore;
import java.time.Clock;

/** Lead enrichment over a test workspace's own (usually empty) company directory. */
public final class Enrichments {
    private Enrichments() { }

    public static LeadEnrichment of(WorkspaceStore store) {
        return new LeadEnrichment(new StoredCompanyDirectory(store), new StoredEnrichments(store),
                Clock.systemUTC());
    }

    /** The same over in-memory leads and an empty in-memory company directory. */
    public static LeadEnrichment of(InMemoryLeads leads) {
        return new LeadEnrichment(new InMemoryCompanyDirectory(), leads.enrichments(), Clock.systemUTC());
    }
}
