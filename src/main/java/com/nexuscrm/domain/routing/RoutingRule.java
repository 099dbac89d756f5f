package com.nexuscrm.domain.routing;

import com.nexuscrm.domain.LeadPriority;

/**
 * One band of the routing table: leads scoring {@code minScore} or more (and less than the rule above)
 * go where {@code strategy} says, with {@code priority} and a first response due within
 * {@code slaMinutes} business minutes of the assignee.
 */
public record RoutingRule(int minScore, RoutingStrategy strategy, LeadPriority priority, int slaMinutes) {
    /** "score ≥ 60", as the reasons and messages say it. */
    public String band() {
        return "score ≥ " + minScore;
    }
}
