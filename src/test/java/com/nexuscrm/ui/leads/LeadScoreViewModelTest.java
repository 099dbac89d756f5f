package com.nexuscrm.ui.leads;

import com.nexuscrm.usecase.SaveLead;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Lead;
import com.nexuscrm.testing.Leads;
import com.nexuscrm.testing.Enrichments;
import com.nexuscrm.testing.InMemoryLeads;
import com.nexuscrm.testing.RulesScores;
import com.nexuscrm.ui.common.DirectTaskExecutor;
import com.nexuscrm.ui.common.RecordingDialogs;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The detail pane's score and what-if, with the real rules-based prior as the scorer, over in-memory leads. */
class LeadScoreViewModelTest {
    private final InMemoryLeads leads = new InMemoryLeads();
    private RulesScores scores;
    private LeadDetailViewModel detail;
    private final List<Runnable> pending = new ArrayList<>();

    @BeforeEach
    void setUp() {
        scores = new RulesScores();
        var enrichment = Enrichments.of(leads);
        detail = new LeadDetailViewModel(leads, new SaveLead(leads, enrichment, scores, id -> { }),
                new DirectTaskExecutor(), new RecordingDialogs(),
                new LeadScoreViewModel(scores, Runnable::run, Runnable::run), enrichment);
    }

    @Test
    void openingALeadShowsItsScoreAndFactors() {
        Lead lead = leads.save(hotLead());
        detail.load(lead.getId());
        LeadScoreViewModel score = detail.score();
        assertEquals(scores.preview(lead).score(), score.currentProperty().get().score());
        assertTrue(score.factors().stream().anyMatch(f -> f.text().equals("Requested a demo") && f.points() > 0),
                score.factors().toString());
        assertEquals("", score.whatIfProperty().get(), "no what-if before an edit");
    }

    @Test
    void editingAFieldShowsHowTheScoreWouldMoveBeforeSaving() {
        Lead lead = leads.save(hotLead());
        detail.load(lead.getId());
        int before = detail.score().currentProperty().get().score();
        detail.form().titleProperty().set("VP of Sales");
        String whatIf = detail.score().whatIfProperty().get();
        assertTrue(whatIf.startsWith("If saved: " + before + " \u2192 "), whatIf);
        assertTrue(whatIf.contains("(+"), "a VP scores higher than an individual contributor: " + whatIf);
        assertEquals("Sales Specialist", leads.find(lead.getId()).orElseThrow().getTitle(), "nothing saved yet");
        assertTrue(scores.stored.isEmpty(), "a what-if stores no score");
    }

    @Test
    void theFormOffersTheTeamsSourcesAndSavesAValueTheTeamAdded() {
        var teamSources = com.nexuscrm.domain.Picklists.defaults(com.nexuscrm.domain.PicklistName.LEAD_SOURCE).withAdded("Podcast");
        detail.useSources(teamSources);
        String podcast = teamSources.match("podcast").orElseThrow().key();
        assertTrue(java.util.Arrays.asList(detail.sourceChoices()).contains(podcast));
        assertEquals("Podcast", detail.sourceLabel(podcast));
        assertEquals("Website", detail.sourceLabel("WEBSITE"), "built-in keys keep their labels");

        Lead lead = leads.save(hotLead());
        detail.load(lead.getId());
        detail.form().sourceProperty().set(podcast);
        assertTrue(detail.save().isEmpty());
        assertEquals(podcast, leads.find(lead.getId()).orElseThrow().getSource());
    }

    @Test
    void savingStoresTheNewScore() {
        Lead lead = leads.save(hotLead());
        detail.load(lead.getId());
        detail.form().titleProperty().set("VP of Sales");
        assertTrue(detail.save().isEmpty());
        assertEquals(1, scores.stored.size());
        assertEquals(detail.score().currentProperty().get().score(), scores.stored.get(0).score());
        assertEquals("", detail.score().whatIfProperty().get(), "the what-if is cleared once saved");
    }

    @Test
    void aLeadWithNothingKnownStillGetsAScoreAndAReason() {
        Lead empty = new Lead();
        empty.setLastName("Unknown");
        empty.setSource(null);
        LeadScoreViewModel score = new LeadScoreViewModel(scores, Runnable::run, Runnable::run);
        assertNull(score.currentProperty().get());
        score.show(empty);
        assertTrue(score.currentProperty().get().score() >= 1);
        assertFalse(score.factors().isEmpty());
    }

    private static Lead hotLead() {
        Lead lead = Leads.lead("Ada", "Stone", "Acme Robotics");
        lead.setTitle("Sales Specialist");
        lead.setDemoRequested(true);
        lead.setPricingPageVisits(2);
        lead.setEmployees(450);
        lead.setEmailOpens(4);
        return lead;
    }
}
