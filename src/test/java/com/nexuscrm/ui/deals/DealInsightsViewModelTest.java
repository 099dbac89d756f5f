package com.nexuscrm.ui.deals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.deal.DealFacts;
import com.nexuscrm.domain.deal.DealHealth;
import com.nexuscrm.domain.deal.DealRisk;
import com.nexuscrm.domain.deal.DealRisks;
import com.nexuscrm.domain.deal.Touchpoint;
import com.nexuscrm.ui.common.DirectTaskExecutor;
import com.nexuscrm.usecase.AssessDeals;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The insights pane over a scripted source: score, trend, components, risks and the one-click task. */
class DealInsightsViewModelTest {
    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    private static final UUID DEAL = UUID.fromString("00000000-0000-7000-8000-0000000000d1");

    /** Judges the scripted facts with the real rules; records the tasks asked for, or fails on request. */
    private static final class Scripted implements DealInsightsSource {
        DealFacts facts;
        Integer previous;
        RuntimeException failTasks;
        final List<DealRisk> created = new ArrayList<>();

        @Override
        public AssessDeals.Assessment assess(UUID dealId) {
            return new AssessDeals.Assessment(dealId, facts.name(), new DealRisks().assess(facts), DealHealth.of(facts),
                    previous);
        }

        @Override
        public void createTask(UUID dealId, DealRisk risk) {
            if (failTasks != null) {
                throw failTasks;
            }
            created.add(risk);
        }
    }

    private final Scripted source = new Scripted();
    private final DealInsightsViewModel model = new DealInsightsViewModel(source, new DirectTaskExecutor());

    private static DealFacts.Builder deal() {
        return DealFacts.builder(DEAL, NOW).name("Acme").stage(DealStage.QUALIFICATION)
                .amount(new java.math.BigDecimal("1000"), "USD").closeDate(java.time.LocalDate.of(2027, 1, 1))
                .createdAt(NOW.minus(Duration.ofDays(40)));
    }

    @Test
    void showsTheScoreTrendComponentsAndRisks() {
        source.facts = deal().touch(new Touchpoint(NOW.minus(Duration.ofDays(26)), ActivityType.MEETING, null,
                Touchpoint.Kind.MEETING_HELD)).build();
        source.previous = 60;
        model.show(DEAL);
        assertEquals("54", model.scoreProperty().get());
        assertEquals("\u25BC \u22126 since the last check", model.trendProperty().get());
        assertEquals(new DealInsightsViewModel.HealthLine("Response rate", "no data",
                "No calls or emails in the last 30 days."), model.components().get(0));
        assertEquals("100%", model.components().get(1).value());
        assertEquals("Gone quiet", model.risks().get(0).title(), "high severity first");
        assertEquals(model.risks().size() + " risks", model.risksMessageProperty().get());
        assertFalse(model.loadingProperty().get());
    }

    @Test
    void aNewDealSaysWhyItHasNoScore() {
        source.facts = deal().createdAt(NOW).build();
        model.show(DEAL);
        assertEquals("\u2014", model.scoreProperty().get());
        assertTrue(model.noteProperty().get().startsWith("Not enough data"));
        assertEquals("", model.trendProperty().get());
        assertTrue(model.components().isEmpty());
    }

    @Test
    void createTaskRunsOnceAndTheButtonSaysSo() {
        source.facts = deal().build();
        model.show(DEAL);
        DealInsightsViewModel.RiskItem first = model.risks().get(0);
        assertEquals(DealInsightsViewModel.CREATE, first.buttonProperty().get());
        model.createTask(first);
        model.createTask(first);
        assertEquals(List.of(first.risk()), source.created);
        assertEquals(DealInsightsViewModel.CREATED, first.buttonProperty().get());
        assertFalse(first.actionableProperty().get());
    }

    @Test
    void aFailedTaskLeavesTheButtonToTryAgainAndSaysWhy() {
        source.facts = deal().build();
        source.failTasks = new java.util.NoSuchElementException("The deal was deleted (perhaps on another workstation).");
        model.show(DEAL);
        DealInsightsViewModel.RiskItem first = model.risks().get(0);
        model.createTask(first);
        assertEquals(DealInsightsViewModel.CREATE, first.buttonProperty().get());
        assertTrue(first.actionableProperty().get());
        assertEquals("The task was not created: The deal was deleted (perhaps on another workstation).",
                model.problemProperty().get());
    }

    @Test
    void noDealNoRisksAndAFailedLoadAreSaidInWords() {
        model.show(null);
        assertEquals("Choose a deal to see its health and risks.", model.noteProperty().get());
        source.facts = null;
        model.show(DEAL);
        assertTrue(model.problemProperty().get().startsWith("The deal's health and risks could not be worked out"),
                model.problemProperty().get());
        assertEquals("", DealInsightsViewModel.trendText(null));
        assertEquals("\u25B2 +5 since the last check", DealInsightsViewModel.trendText(5));
        assertEquals("= no change since the last check", DealInsightsViewModel.trendText(0));
    }
}
