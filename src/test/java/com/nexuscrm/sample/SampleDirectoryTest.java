package com.nexuscrm.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.CompanyProfile;
import com.nexuscrm.domain.EnrichedField;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadEnrichment;
import com.nexuscrm.domain.LeadSource;
import com.nexuscrm.domain.LeadStatus;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.storage.StoredEnrichments;
import com.nexuscrm.storage.StoredCompanyDirectory;
import com.nexuscrm.storage.StoredSampleSink;
import com.nexuscrm.storage.WorkspaceStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample workspace comes with a company directory, so enrichment is visible there. */
class SampleDirectoryTest {
    @TempDir
    Path dir;

    @Test
    void theDirectoryHoldsEveryLeadsCompanyPlusExtrasAndWebsiteLeadsShowTheirProvenance() {
        try (WorkspaceStore store = WorkspaceStore.create(dir.resolve("sample"), SampleWorkspaceTest.PASS)) {
            new SampleWorkspace(7, SampleWorkspace.DEFAULT_REFERENCE_NOW).generate(new StoredSampleSink(store), 300, Progress.NONE);
            StoredCompanyDirectory directory = new StoredCompanyDirectory(store);
            StoredEnrichments repository = new StoredEnrichments(store);
            LeadEnrichment enrichment = new LeadEnrichment(directory, repository, Clock.systemUTC());
            List<Lead> leads = store.leads().findAll();

            assertEquals(120 + 60, directory.size(), "the pool of 120 companies and 60 extras");
            assertEquals(SampleDirectory.FILE_NAME, directory.lastImport().orElseThrow().fileName());
            for (Lead lead : leads) {
                CompanyProfile company = directory.byDomain(lead.getDomain()).orElseThrow();
                assertEquals(lead.getIndustry(), company.industry());
                List<EnrichedField> provenance = enrichment.provenance(lead.getId());
                assertEquals(LeadSource.WEBSITE.is(lead.getSource()) ? 6 : 0, provenance.size());
                assertTrue(provenance.stream().allMatch(f -> f.stillHolds(lead)), "provenance matches the values");
            }

            Set<String> leadDomains = leads.stream().map(Lead::getDomain).collect(Collectors.toSet());
            String extra = directory.byNameKeyPrefix("", 1000).stream().map(CompanyProfile::domain)
                    .filter(d -> !leadDomains.contains(d)).findFirst().orElseThrow();
            Lead fresh = new Lead();
            fresh.setLastName("Newcomer");
            fresh.setEmail("nia@" + extra);
            fresh.setSource(LeadSource.WEBSITE.name());
            fresh.setStatus(LeadStatus.NEW);
            fresh.setCreatedAt(SampleWorkspace.DEFAULT_REFERENCE_NOW);
            store.leads().save(fresh);
            assertEquals(1, enrichment.enrich(List.of(fresh.getId())).matched());
            assertEquals(extra, store.leads().find(fresh.getId()).orElseThrow().getDomain());
        }
    }
}
