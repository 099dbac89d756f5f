package com.nexuscrm.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.EnrichedField;
import com.nexuscrm.domain.EnrichmentSummary;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadEnrichment;
import com.nexuscrm.domain.LeadSource;
import com.nexuscrm.domain.LeadStatus;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.transfer.CompanyDirectoryImporter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A directory imported from CSV enriches leads in a real encrypted workspace; the edits reach the outbox. */
class EnrichmentEndToEndTest {
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @TempDir
    Path dir;
    private WorkspaceStore store;
    private LeadEnrichment enrichment;

    @BeforeEach
    void setUp() throws IOException {
        store = WorkspaceStore.create(dir.resolve("ws"), "enrichment test".toCharArray());
        StoredCompanyDirectory directory = new StoredCompanyDirectory(store);
        Path csv = Files.writeString(dir.resolve("companies.csv"), """
                Domain,Name,Industry,Employees,Annual Revenue,Country,Technologies
                acme.com,Acme Robotics Inc.,Manufacturing,420,63000000,United States,"SAP, AWS"
                globex.de,Globex GmbH,Software,85,9500000,Germany,HubSpot
                soylent.com,Soylent Systems,Food,50,1000000,United States,
                soylentsys.com,Soylent Systemz,Food,60,2000000,United States,
                """);
        new CompanyDirectoryImporter(directory, Clock.fixed(NOW.minusSeconds(3600), ZoneOffset.UTC))
                .importFile(csv, Progress.NONE);
        enrichment = new LeadEnrichment(directory, new StoredEnrichments(store), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private Lead lead(String last, String email, String company) {
        Lead lead = new Lead();
        lead.setLastName(last);
        lead.setEmail(email);
        lead.setCompany(company);
        lead.setSource(LeadSource.WEBSITE.name());
        lead.setStatus(LeadStatus.NEW);
        lead.setCreatedAt(NOW);
        return store.leads().save(lead);
    }

    @Test
    void fillsEmptyFieldsKeepsProvenanceAndQueuesTheEditsForSync() {
        Lead byEmail = lead("Ames", "ann@mail.acme.com", null);
        byEmail.setIndustry("Robotics");
        store.leads().save(byEmail);
        Lead byName = lead("Berg", "bob@gmail.com", "globex");
        Lead nobody = lead("Cole", "cy@hotmail.com", null);
        Lead ambiguous = lead("Dunn", null, "Soylent Systemx");
        long outboxBefore = store.outbox().size();

        EnrichmentSummary summary = enrichment.enrichAll(Progress.NONE);

        assertEquals(new EnrichmentSummary(4, 0, 2, 12, 1, 1, List.of("Dunn: 'Soylent Systemx' is about as similar to"
                + " 'Soylent Systems' (0.97, soylent.com) as to 'Soylent Systemz' (0.97, soylentsys.com); add the"
                + " lead's domain to choose one"), false), summary);
        Lead enriched = store.leads().find(byEmail.getId()).orElseThrow();
        assertEquals("Robotics", enriched.getIndustry(), "a value the user entered is never overwritten");
        assertEquals("Acme Robotics Inc.", enriched.getCompany());
        assertEquals("acme.com", enriched.getDomain());
        assertEquals(420, enriched.getEmployees());
        assertEquals(0, new BigDecimal("63000000").compareTo(enriched.getAnnualRevenue()));
        assertEquals("SAP, AWS", enriched.getTechnologies());
        assertEquals("globex", store.leads().find(byName.getId()).orElseThrow().getCompany());
        assertEquals("Software", store.leads().find(byName.getId()).orElseThrow().getIndustry());
        assertEquals(null, store.leads().find(nobody.getId()).orElseThrow().getIndustry());
        assertEquals(null, store.leads().find(ambiguous.getId()).orElseThrow().getIndustry());

        Map<String, EnrichedField> provenance = enrichment.provenance(byEmail.getId()).stream()
                .collect(Collectors.toMap(EnrichedField::field, f -> f));
        assertEquals(List.of("annualRevenue", "company", "country", "domain", "employees", "technologies"),
                provenance.keySet().stream().sorted().toList());
        assertEquals(new EnrichedField(byEmail.getId(), "employees", "420", "companies.csv", NOW,
                "email domain acme.com"), provenance.get("employees"));
        assertEquals("company name 'globex'", enrichment.provenance(byName.getId()).get(0).matchedBy());

        List<Outbox.Entry> edits = store.outbox().head(100).subList((int) outboxBefore, (int) store.outbox().size());
        assertEquals(2, edits.size());
        Outbox.Entry acme = edits.stream().filter(e -> e.recordId().equals(byEmail.getId())).findFirst().orElseThrow();
        assertEquals("UPDATE", acme.op());
        for (String field : provenance.keySet()) {
            assertTrue(acme.fields().contains("\"" + field + "\""), acme.fields());
        }
        assertTrue(!acme.fields().contains("industry"), acme.fields());
    }

    @Test
    void aSecondRunChangesNothingAndACancelledRunLeavesEveryLeadAsItWas() {
        Lead lead = lead("Ames", "ann@acme.com", null);
        enrichment.enrich(List.of(lead.getId()));
        long outbox = store.outbox().size();
        EnrichmentSummary again = enrichment.enrich(List.of(lead.getId()));
        assertEquals(0, again.fieldsFilled());
        assertEquals(outbox, store.outbox().size());

        Lead other = lead("Berg", "bob@globex.de", null);
        Progress cancelled = new Progress() {
            @Override
            public void update(long done, long total, String message) { }

            @Override
            public boolean isCancelled() { return true; }
        };
        assertThrows(Progress.CancelledException.class, () -> enrichment.enrich(List.of(other.getId()), cancelled));
        assertEquals(null, store.leads().find(other.getId()).orElseThrow().getIndustry());
        assertEquals(List.of(), enrichment.provenance(other.getId()));
    }
}
