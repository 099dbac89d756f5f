package com.nexuscrm.domain.routing;

/** The workspace's routing table (local to this workspace; it does not sync). */
public interface RoutingRuleRepository {
    /** The saved rules, or {@link RoutingRules#defaults()} when none were saved. */
    RoutingRules rules();

    /** Replaces the rules; throws {@link com.nexuscrm.domain.ValidationException} (and saves nothing) when they break a rule. */
    void save(RoutingRules rules);
}
