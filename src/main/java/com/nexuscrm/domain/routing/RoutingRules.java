package com.nexuscrm.domain.routing;

import com.nexuscrm.domain.FieldError;
import com.nexuscrm.domain.LeadPriority;
import java.util.ArrayList;
import java.util.List;

/**
 * The routing table: rules checked from the highest minimum score down (the first that the score reaches
 * wins), and the score below which a lead is also enrolled in the nurture campaign. The lowest rule
 * must start at 0 so that every lead matches one. A lead without a score is routed by the lowest rule.
 */
public record RoutingRules(List<RoutingRule> rules, int nurtureBelow) {
    /** The campaign that nurture enrolments go to; found by name, created when missing. */
    public static final String NURTURE_CAMPAIGN = "Nurture";
    public static final int MAX_SCORE = 100;
    /** A week of business minutes is plenty for any first response. */
    public static final int MAX_SLA_MINUTES = 7 * 24 * 60;

    public RoutingRules {
        rules = List.copyOf(rules);
    }

    /** The seed's defaults: 80+ top performer (urgent, 5 min), 60+ round robin (high, 30 min), else the SDR queue (normal, 240 min); nurture below 50. */
    public static RoutingRules defaults() {
        return new RoutingRules(List.of(
                new RoutingRule(80, RoutingStrategy.TOP_PERFORMER, LeadPriority.URGENT, 5),
                new RoutingRule(60, RoutingStrategy.ROUND_ROBIN, LeadPriority.HIGH, 30),
                new RoutingRule(0, RoutingStrategy.QUEUE, LeadPriority.NORMAL, 240)), 50);
    }

    /** The rule for a score: the first whose minimum it reaches; the lowest rule when there is no score. */
    public RoutingRule ruleFor(Integer score) {
        if (score != null) {
            for (RoutingRule rule : rules) {
                if (score >= rule.minScore()) {
                    return rule;
                }
            }
        }
        return rules.get(rules.size() - 1);
    }

    /** Scored below the nurture threshold. A lead with no score is not enrolled: nothing says it is weak yet. */
    public boolean nurtures(Integer score) {
        return score != null && score < nurtureBelow;
    }

    /** Every broken rule, each naming the rule ("Rule 2 (score ≥ 60)") and its field, with what to do. */
    public List<FieldError> problems() {
        List<FieldError> errors = new ArrayList<>();
        if (rules.isEmpty()) {
            errors.add(new FieldError("Rules", "there are none; add at least one rule with minimum score 0"));
        }
        for (int i = 0; i < rules.size(); i++) {
            rule(errors, i);
        }
        if (!rules.isEmpty() && rules.get(rules.size() - 1).minScore() != 0 && errors.isEmpty()) {
            RoutingRule last = rules.get(rules.size() - 1);
            errors.add(new FieldError(name(rules.size() - 1) + ", min score", "leads scoring below " + last.minScore()
                    + " (and leads with no score) would match no rule; set the lowest rule's minimum score to 0"));
        }
        if (nurtureBelow < 0 || nurtureBelow > MAX_SCORE) {
            errors.add(new FieldError("Nurture threshold", "must be between 0 and " + MAX_SCORE
                    + "; leads scoring below it are enrolled in the Nurture campaign (0 turns this off)"));
        }
        return errors;
    }

    private void rule(List<FieldError> errors, int i) {
        RoutingRule rule = rules.get(i);
        String name = name(i);
        if (rule.minScore() < 0 || rule.minScore() > MAX_SCORE) {
            errors.add(new FieldError(name + ", min score", "must be between 0 and " + MAX_SCORE + "; scores run from 0 to 100"));
        } else if (i > 0 && rule.minScore() >= rules.get(i - 1).minScore()) {
            RoutingRule above = rules.get(i - 1);
            errors.add(new FieldError(name + ", min score", rule.minScore() == above.minScore()
                    ? "repeats rule " + i + "'s minimum; give each rule its own minimum score"
                    : "must be lower than rule " + i + "'s (" + above.minScore() + "); rules are checked from the highest minimum score down"));
        }
        if (rule.strategy() == null) {
            errors.add(new FieldError(name + ", strategy", "is missing; choose top performer, round robin or SDR queue"));
        }
        if (rule.priority() == null) {
            errors.add(new FieldError(name + ", priority", "is missing; choose urgent, high or normal"));
        }
        if (rule.slaMinutes() < 1 || rule.slaMinutes() > MAX_SLA_MINUTES) {
            errors.add(new FieldError(name + ", SLA minutes", "must be between 1 and " + MAX_SLA_MINUTES
                    + " (a week); enter the business minutes the rep has for a first response"));
        }
    }

    private String name(int i) {
        return "Rule " + (i + 1) + " (" + rules.get(i).band() + ")";
    }
}
