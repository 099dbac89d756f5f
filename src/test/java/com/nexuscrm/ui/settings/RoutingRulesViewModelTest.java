package com.nexuscrm.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.FieldError;
import com.nexuscrm.domain.LeadPriority;
import com.nexuscrm.domain.routing.RoutingRule;
import com.nexuscrm.domain.routing.RoutingRules;
import com.nexuscrm.domain.routing.RoutingStrategy;
import com.nexuscrm.testing.InMemoryRoutingRules;
import com.nexuscrm.ui.common.DirectTaskExecutor;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Settings → Lead routing over an in-memory routing table: edit, validation messages naming rule and field, save, reset. */
class RoutingRulesViewModelTest {
    private final InMemoryRoutingRules rules = new InMemoryRoutingRules();
    private RoutingRulesViewModel model;

    @BeforeEach
    void setUp() {
        model = new RoutingRulesViewModel(rules, new DirectTaskExecutor());
        model.load();
    }

    @Test
    void showsTheDefaultsUntilSomethingIsSaved() {
        assertEquals(3, model.rows().size());
        assertEquals("80", model.rows().get(0).minScoreProperty().get());
        assertEquals(RoutingStrategy.TOP_PERFORMER, model.rows().get(0).strategyProperty().get());
        assertEquals("240", model.rows().get(2).slaMinutesProperty().get());
        assertEquals("50", model.nurtureBelowProperty().get());
    }

    @Test
    void badInputIsNamedByRuleAndFieldAndNothingIsSaved() {
        model.rows().get(1).slaMinutesProperty().set("half an hour");
        model.nurtureBelowProperty().set("");
        List<FieldError> problems = model.save();
        assertEquals(List.of(
                new FieldError("Rule 2, SLA minutes", "'half an hour' is not a whole number; enter business minutes, e.g. 30"),
                new FieldError("Nurture threshold", "is empty; enter a score from 0 to 100 (0: no nurture)")), problems);
        assertEquals("Rule 2, SLA minutes: 'half an hour' is not a whole number; enter business minutes, e.g. 30\n"
                + "Nurture threshold: is empty; enter a score from 0 to 100 (0: no nurture)", model.errorProperty().get());

        model.rows().get(1).slaMinutesProperty().set("30");
        model.nurtureBelowProperty().set("50");
        model.rows().get(1).minScoreProperty().set("80");
        model.save();
        assertEquals("Rule 2 (score ≥ 80), min score: repeats rule 1's minimum; give each rule its own minimum score",
                model.errorProperty().get());
        assertEquals(RoutingRules.defaults(), rules.rules(), "nothing was saved");
    }

    @Test
    void aNewRuleIsSortedIntoPlaceAndSaved() {
        model.addRule();
        RuleRow added = model.rows().get(3);
        added.minScoreProperty().set("70");
        added.priorityProperty().set(LeadPriority.HIGH);
        added.slaMinutesProperty().set("15");
        assertEquals(List.of(), model.save());
        assertEquals(List.of("80", "70", "60", "0"), model.rows().stream().map(r -> r.minScoreProperty().get()).toList());
        assertTrue(model.noticeProperty().get().startsWith("Saved."));
        assertEquals(new RoutingRule(70, RoutingStrategy.ROUND_ROBIN, LeadPriority.HIGH, 15), rules.rules().rules().get(1));

        model.removeRule(model.rows().get(3));
        model.save();
        assertEquals("Rule 3 (score ≥ 60), min score: leads scoring below 60 (and leads with no score) would match no"
                + " rule; set the lowest rule's minimum score to 0", model.errorProperty().get());

        model.resetToDefaults();
        assertEquals(RoutingRules.defaults(), rules.rules());
        assertEquals("", model.errorProperty().get());
        assertEquals(3, model.rows().size());
    }
}
