package com.nexuscrm.domain.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.FieldError;
import com.nexuscrm.domain.LeadPriority;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The routing table: bands, defaults and messages that name the rule and field. */
class RoutingRulesTest {
    private static final RoutingRules DEFAULTS = RoutingRules.defaults();

    @Test
    void scoresFallIntoTheirBands() {
        assertEquals(RoutingStrategy.TOP_PERFORMER, DEFAULTS.ruleFor(100).strategy());
        assertEquals(RoutingStrategy.TOP_PERFORMER, DEFAULTS.ruleFor(80).strategy());
        assertEquals(RoutingStrategy.ROUND_ROBIN, DEFAULTS.ruleFor(79).strategy());
        assertEquals(RoutingStrategy.ROUND_ROBIN, DEFAULTS.ruleFor(60).strategy());
        assertEquals(RoutingStrategy.QUEUE, DEFAULTS.ruleFor(59).strategy());
        assertEquals(RoutingStrategy.QUEUE, DEFAULTS.ruleFor(null).strategy());
        assertTrue(DEFAULTS.nurtures(49));
        assertFalse(DEFAULTS.nurtures(50));
        assertFalse(DEFAULTS.nurtures(null));
        assertEquals(List.of(), DEFAULTS.problems());
    }

    @Test
    void problemsNameTheRuleAndTheFieldAndSayWhatToDo() {
        RoutingRules broken = new RoutingRules(List.of(
                new RoutingRule(80, RoutingStrategy.TOP_PERFORMER, LeadPriority.URGENT, 0),
                new RoutingRule(80, RoutingStrategy.ROUND_ROBIN, null, 30),
                new RoutingRule(120, RoutingStrategy.QUEUE, LeadPriority.NORMAL, 240)), 50);
        assertEquals(List.of(
                new FieldError("Rule 1 (score ≥ 80), SLA minutes", "must be between 1 and 10080 (a week);"
                        + " enter the business minutes the rep has for a first response"),
                new FieldError("Rule 2 (score ≥ 80), min score", "repeats rule 1's minimum; give each rule its own minimum score"),
                new FieldError("Rule 2 (score ≥ 80), priority", "is missing; choose urgent, high or normal"),
                new FieldError("Rule 3 (score ≥ 120), min score", "must be between 0 and 100; scores run from 0 to 100")),
                broken.problems());
    }

    @Test
    void theLowestRuleMustCatchEveryLead() {
        RoutingRules gap = new RoutingRules(List.of(new RoutingRule(60, RoutingStrategy.ROUND_ROBIN, LeadPriority.HIGH, 30),
                new RoutingRule(20, RoutingStrategy.QUEUE, LeadPriority.NORMAL, 240)), 101);
        assertEquals(List.of("Rule 2 (score ≥ 20), min score: leads scoring below 20 (and leads with no score) would"
                        + " match no rule; set the lowest rule's minimum score to 0",
                "Nurture threshold: must be between 0 and 100; leads scoring below it are enrolled in the Nurture"
                        + " campaign (0 turns this off)"),
                gap.problems().stream().map(FieldError::toString).toList());
    }
}
