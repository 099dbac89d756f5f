package com.nexuscrm.testing;

import com.nexuscrm.domain.ValidationException;
import com.nexuscrm.domain.routing.RoutingRuleRepository;
import com.nexuscrm.domain.routing.RoutingRules;

/**
 * The routing table in memory, like storage's {@code StoredRoutingRules}: the defaults until rules are saved,
 * and a save that breaks a rule throws {@link ValidationException} and keeps what was there.
 */
public final class InMemoryRoutingRules implements RoutingRuleRepository {
    private RoutingRules saved;

    @Override
    public synchronized RoutingRules rules() {
        return saved == null || saved.rules().isEmpty() ? RoutingRules.defaults() : saved;
    }

    @Override
    public synchronized void save(RoutingRules rules) {
        if (!rules.problems().isEmpty()) {
            throw new ValidationException(rules.problems());
        }
        saved = new RoutingRules(rules.rules(), rules.nurtureBelow());
    }
}
