package com.nexuscrm.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.CompanyProfile;
import com.nexuscrm.domain.DirectoryImport;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadEnrichment;
import com.nexuscrm.domain.LeadStatus;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.ValidationException;
import com.nexuscrm.storage.StoredCompanyDirectory;
import com.nexuscrm.storage.StoredEnrichments;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.testing.Leads;
import com.nexuscrm.testing.RulesScores;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving a lead from the form: store, enrich when new, score, route when routable; a real workspace. */
class SaveLeadTest {
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    @TempDir
    Path dir;
    private WorkspaceStore store;
    private final RulesScores scores = new RulesScores();
    private final List<UUID> routed = new ArrayList<>();
    private SaveLead saveLead;

    @BeforeEach
    void setUp() {
        store = WorkspaceStore.create(dir, "save-lead-test".toCharArray());
        StoredCompanyDirectory companies = new StoredCompanyDirectory(store);
        companies.replaceAll(List.of(new CompanyProfile("acme.com", "Acme Robotics", "Manufacturing", 420,
                new BigDecimal("63000000"), "United States", "SAP")), new DirectoryImport("companies.csv", NOW, 1),
                Progress.NONE);
        LeadEnrichment enrichment = new LeadEnrichment(companies, new StoredEnrichments(store), Clock.fixed(NOW, ZoneOffset.UTC));
        saveLead = new SaveLead(store.leads(), enrichment, scores, routed::add);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void aNewLeadIsEnrichedBeforeItIsScoredAndThenRouted() {
        Lead draft = Leads.lead("Ada", "Lovelace", "Acme");
        draft.setEmail("ada@acme.com");

        Lead stored = saveLead.store(draft, true, Progress.NONE);
        assertEquals("Manufacturing", stored.getIndustry(), "enriched from the company directory before scoring");
        assertEquals(420, stored.getEmployees());

        saveLead.rescore(stored);
        assertEquals(1, scores.stored.size());
        assertEquals(List.of(stored.getId()), routed);
    }

    @Test
    void anEditedLeadIsNotEnrichedAndALeadThatIsNoLongerRoutableIsNotRouted() {
        Lead owned = Leads.lead("Grace", "Hopper", "Acme");
        owned.setEmail("grace@acme.com");
        owned.setOwnerId(UUID.randomUUID());
        Lead working = Leads.lead("Alan", "Turing", "Acme");
        working.setEmail("alan@acme.com");
        working.setStatus(LeadStatus.WORKING);

        Lead storedOwned = saveLead.store(owned, false, Progress.NONE);
        Lead storedWorking = saveLead.store(working, false, Progress.NONE);
        assertEquals(null, storedOwned.getIndustry(), "only a new lead is enriched on save");
        saveLead.rescore(storedOwned);
        saveLead.rescore(storedWorking);

        assertEquals(2, scores.stored.size(), "both are scored");
        assertTrue(routed.isEmpty(), "an owned lead and a lead being worked are never routed");
    }

    @Test
    void anInvalidLeadIsRefusedAndNothingIsStoredOrScored() {
        Lead bad = Leads.lead("No", "Mail", "Acme");
        bad.setEmail("not an email");

        assertThrows(ValidationException.class, () -> saveLead.store(bad, true, Progress.NONE));
        assertTrue(store.leads().find(bad.getId()).isEmpty());
        assertTrue(scores.stored.isEmpty());
        assertTrue(routed.isEmpty());
    }
}
