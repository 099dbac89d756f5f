package com.nexuscrm.storage;

import com.nexuscrm.domain.LeadPriority;
import com.nexuscrm.domain.ValidationException;
import com.nexuscrm.domain.routing.RoutingRule;
import com.nexuscrm.domain.routing.RoutingRuleRepository;
import com.nexuscrm.domain.routing.RoutingRules;
import com.nexuscrm.domain.routing.RoutingStrategy;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** The routing table in {@code routing_rule}, the nurture threshold in {@code workspace_meta}. */
public final class StoredRoutingRules implements RoutingRuleRepository {
    static final String NURTURE_KEY = "routing_nurture_below";

    private final WorkspaceStore store;

    public StoredRoutingRules(WorkspaceStore store) {
        this.store = store;
    }

    @Override
    public RoutingRules rules() {
        List<RoutingRule> rules = store.withConnection(c -> {
            List<RoutingRule> rows = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery(
                    "select min_score, strategy, priority, sla_minutes from routing_rule order by rule_order")) {
                while (rs.next()) {
                    rows.add(new RoutingRule(rs.getInt(1), RoutingStrategy.valueOf(rs.getString(2)),
                            LeadPriority.valueOf(rs.getString(3)), rs.getInt(4)));
                }
            }
            return rows;
        });
        if (rules.isEmpty()) {
            return RoutingRules.defaults();
        }
        int nurture = store.meta().get(NURTURE_KEY).map(Integer::parseInt).orElse(RoutingRules.defaults().nurtureBelow());
        return new RoutingRules(rules, nurture);
    }

    @Override
    public void save(RoutingRules rules) {
        if (!rules.problems().isEmpty()) {
            throw new ValidationException(rules.problems());
        }
        store.inJdbcTransaction(c -> {
            c.createStatement().executeUpdate("delete from routing_rule");
            try (PreparedStatement i = c.prepareStatement("insert into routing_rule(rule_order, min_score, strategy,"
                    + " priority, sla_minutes) values (?,?,?,?,?)")) {
                int order = 0;
                for (RoutingRule rule : rules.rules()) {
                    i.setInt(1, order++);
                    i.setInt(2, rule.minScore());
                    i.setString(3, rule.strategy().name());
                    i.setString(4, rule.priority().name());
                    i.setInt(5, rule.slaMinutes());
                    i.addBatch();
                }
                i.executeBatch();
            }
            try (PreparedStatement m = c.prepareStatement("merge into workspace_meta key(meta_key) values (?, ?)")) {
                m.setString(1, NURTURE_KEY);
                m.setString(2, Integer.toString(rules.nurtureBelow()));
                m.executeUpdate();
            }
        });
    }
}
