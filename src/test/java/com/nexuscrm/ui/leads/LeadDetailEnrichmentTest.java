package com.nexuscrm.ui.leads;

import com.nexuscrm.usecase.SaveLead;
import com.nexuscrm.ui.common.Formats;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.CompanyProfile;
import com.nexuscrm.domain.DirectoryImport;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadEnrichment;
import com.nexuscrm.domain.LeadScore;
import com.nexuscrm.domain.LeadScores;
import com.nexuscrm.testing.InMemoryCompanyDirectory;
import com.nexuscrm.testing.InMemoryLeads;
import com.nexuscrm.testing.Leads;
import com.nexuscrm.testing.RulesScores;
import com.nexuscrm.ui.common.DirectTaskExecutor;
import com.nexuscrm.ui.common.RecordingDialogs;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lead form enriches a lead it creates and marks the fields enrichment filled; over in-memory leads and company directory. */
class LeadDetailEnrichmentTest {
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    private final InMemoryLeads leads = new InMemoryLeads();
    private LeadDetailViewModel detail;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    /** The leads the form had scored, as the scorer saw them. */
    private final List<Lead> scored = new ArrayList<>();

    @BeforeEach
    void setUp() {
        InMemoryCompanyDirectory companies = InMemoryCompanyDirectory.of(new DirectoryImport("companies.csv", NOW, 1),
                new CompanyProfile("acme.com", "Acme Robotics", "Manufacturing", 420, new BigDecimal("63000000"),
                        "United States", "SAP"));
        RulesScores rules = new RulesScores();
        LeadScores scores = new LeadScores() {
            @Override
            public LeadScore preview(Lead lead) { return rules.preview(lead); }

            @Override
            public LeadScore rescore(Lead lead) {
                scored.add(lead);
                return rules.rescore(lead);
            }

            @Override
            public List<String> warnings() { return List.of(); }
        };
        var enrichment = new LeadEnrichment(companies, leads.enrichments(), Clock.fixed(NOW, ZoneOffset.UTC));
        detail = new LeadDetailViewModel(leads, new SaveLead(leads, enrichment, scores, id -> { }),
                new DirectTaskExecutor(), dialogs, new LeadScoreViewModel(scores, Runnable::run, Runnable::run), enrichment);
    }

    private Lead only() {
        List<Lead> all = leads.findAll();
        assertEquals(1, all.size());
        return all.get(0);
    }

    @Test
    void aNewLeadIsEnrichedOnSaveAndItsFilledFieldsAreMarked() {
        detail.startNew(UUID.randomUUID());
        detail.form().lastNameProperty().set("Lee");
        detail.form().emailProperty().set("ann@eu.acme.com");
        detail.form().industryProperty().set("Robotics");

        assertEquals(List.of(), detail.save());

        Lead saved = only();
        assertEquals("Robotics", saved.getIndustry());
        assertEquals(420, saved.getEmployees());
        assertEquals("acme.com", saved.getDomain());
        assertEquals("420", detail.form().employeesProperty().get(), "the form shows the enriched lead");
        assertEquals("Acme Robotics", detail.form().companyProperty().get());
        EnrichmentNotes.Note employees = detail.enrichedFields().notes().get("employees");
        String day = Formats.user().day(NOW); // the user's locale and zone; FormatsTest pins the formats themselves
        assertEquals("Enriched · " + day, employees.label());
        assertEquals("From company directory (companies.csv), " + day + "; matched by email domain acme.com."
                + " Edit the field to replace it.", employees.detail());
        assertNull(detail.enrichedFields().notes().get("industry"), "the user's own value is not marked");
        assertEquals(420, scored.get(scored.size() - 1).getEmployees(), "enriched before it is scored and routed");
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void aFieldChangedByHandLosesItsMark() {
        detail.startNew(UUID.randomUUID());
        detail.form().lastNameProperty().set("Lee");
        detail.form().emailProperty().set("ann@acme.com");
        detail.save();
        assertTrue(detail.enrichedFields().notes().containsKey("annualRevenue"));

        detail.form().employeesProperty().set("500");
        detail.save();

        assertEquals(500, only().getEmployees());
        assertNull(detail.enrichedFields().notes().get("employees"));
        assertTrue(detail.enrichedFields().notes().containsKey("annualRevenue"), "63000000.00 still is 63000000");
    }

    @Test
    void editingAnExistingLeadNeverEnrichesIt() {
        Lead existing = leads.save(Leads.lead("Ann", "Lee", "Acme"));
        detail.load(existing.getId());
        detail.form().titleProperty().set("CTO");

        detail.save();

        assertEquals("CTO", only().getTitle());
        assertNull(only().getEmployees(), "a person may have emptied it on purpose");
        assertTrue(detail.enrichedFields().notes().isEmpty());
    }
}
