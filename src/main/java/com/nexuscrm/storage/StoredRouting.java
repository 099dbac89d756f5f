package com.nexuscrm.storage;

import com.nexuscrm.domain.Campaign;
import com.nexuscrm.domain.Enrollment;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadPriority;
import com.nexuscrm.domain.LeadStatus;
import com.nexuscrm.domain.RecordRules;
import com.nexuscrm.domain.routing.Routable;
import com.nexuscrm.domain.routing.ConversionRate;
import com.nexuscrm.domain.routing.RoundRobinState;
import com.nexuscrm.domain.routing.RoutingDecision;
import com.nexuscrm.domain.routing.RoutingRepository;
import com.nexuscrm.domain.routing.RoutingResult;
import com.nexuscrm.domain.routing.RoutingRule;
import com.nexuscrm.domain.routing.RoutingRules;
import com.nexuscrm.domain.routing.RoutingStrategy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Routing's storage: the lead is changed through Hibernate (so the change is captured for sync), and the
 * decision log and the rotation are written by JDBC on the same connection, in the same transaction.
 */
public final class StoredRouting implements RoutingRepository {
    private final WorkspaceStore store;

    public StoredRouting(WorkspaceStore store) {
        this.store = store;
    }

    @Override
    public List<UUID> unroutedLeadIds() {
        return store.inTransaction(s -> s.createSelectionQuery("select l.id from Lead l where l.deleted = false"
                + " and l.status = :fresh and l.routedAt is null and l.ownerId is null order by l.createdAt, l.id", UUID.class)
                .setParameter("fresh", LeadStatus.NEW).getResultList());
    }

    @Override
    public RoundRobinState roundRobin(String pool) {
        return store.withConnection(c -> {
            long turn = 0;
            try (PreparedStatement q = c.prepareStatement("select turn from round_robin_pool where pool = ?")) {
                q.setString(1, pool);
                try (ResultSet rs = q.executeQuery()) {
                    if (!rs.next()) {
                        return RoundRobinState.empty(pool);
                    }
                    turn = rs.getLong(1);
                }
            }
            Map<UUID, RoundRobinState.Slot> slots = new HashMap<>();
            try (PreparedStatement q = c.prepareStatement(
                    "select rep_id, assigned, last_turn from round_robin_slot where pool = ?")) {
                q.setString(1, pool);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        slots.put(rs.getObject(1, UUID.class), new RoundRobinState.Slot(rs.getLong(2), rs.getLong(3)));
                    }
                }
            }
            return new RoundRobinState(pool, turn, slots);
        });
    }

    @Override
    public Map<UUID, ConversionRate> conversionRates(Instant since, Instant until) {
        return store.withConnection(c -> {
            Map<UUID, ConversionRate> rates = new HashMap<>();
            try (PreparedStatement q = c.prepareStatement("select owner_id, count(*),"
                    + " sum(case when converted_at is not null and converted_at < ? then 1 else 0 end) from lead"
                    + " where deleted = false and owner_id is not null and created_at >= ? and created_at < ?"
                    + " group by owner_id")) {
                q.setTimestamp(1, Timestamp.from(until));
                q.setTimestamp(2, Timestamp.from(since));
                q.setTimestamp(3, Timestamp.from(until));
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        rates.put(rs.getObject(1, UUID.class), new ConversionRate(rs.getInt(2), rs.getInt(3)));
                    }
                }
            }
            return rates;
        });
    }

    @Override
    public boolean apply(RoutingResult result) {
        RoutingDecision d = result.decision();
        return store.inTransaction(s -> {
            Lead lead = s.find(Lead.class, d.leadId());
            if (!Routable.test(lead)) {
                return false;
            }
            lead.setOwnerId(d.assigneeId());
            lead.setTeamId(d.teamId());
            lead.setPriority(d.priority());
            lead.setRoutedAt(d.routedAt());
            lead.setSlaDueAt(d.dueAt());
            RecordRules.require(lead);
            if (d.nurture()) {
                enrol(s, lead, d.routedAt());
            }
            s.flush();
            s.doWork(c -> {
                log(c, d);
                if (result.roundRobin() != null) {
                    saveRotation(c, result.roundRobin());
                }
            });
            return true;
        });
    }

    private static void enrol(Session s, Lead lead, Instant at) {
        Campaign nurture = s.createSelectionQuery("from Campaign where deleted = false and lower(name) = :name"
                + " order by createdAt, id", Campaign.class).setParameter("name", RoutingRules.NURTURE_CAMPAIGN.toLowerCase())
                .setMaxResults(1).getResultStream().findFirst().orElseGet(() -> newNurtureCampaign(s, at));
        boolean enrolled = !s.createSelectionQuery("select e.id from Enrollment e where e.deleted = false"
                + " and e.campaignId = :campaign and e.leadId = :lead", UUID.class)
                .setParameter("campaign", nurture.getId()).setParameter("lead", lead.getId()).getResultList().isEmpty();
        if (!enrolled) {
            Enrollment enrollment = new Enrollment();
            enrollment.setCampaignId(nurture.getId());
            enrollment.setLeadId(lead.getId());
            enrollment.setStatus("ACTIVE");
            enrollment.setEnrolledAt(at);
            enrollment.setOwnerId(lead.getOwnerId());
            enrollment.setTeamId(lead.getTeamId());
            s.persist(enrollment);
        }
    }

    private static Campaign newNurtureCampaign(Session s, Instant at) {
        Campaign campaign = new Campaign();
        campaign.setName(RoutingRules.NURTURE_CAMPAIGN);
        campaign.setChannel("email");
        campaign.setStatus("ACTIVE");
        campaign.setGoal("Keep leads that are not ready to buy warm until they are");
        campaign.setCreatedAt(at);
        s.persist(campaign);
        return campaign;
    }

    private static void log(Connection c, RoutingDecision d) throws SQLException {
        try (PreparedStatement i = c.prepareStatement("insert into routing_decision(id, lead_id, decided_at, score,"
                + " min_score, rule_strategy, strategy, assignee_id, assignee_name, team_id, priority, sla_minutes, due_at,"
                + " nurture, reason) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            i.setObject(1, Ids.newId());
            i.setObject(2, d.leadId());
            i.setTimestamp(3, Timestamp.from(d.routedAt()));
            i.setObject(4, d.score());
            i.setInt(5, d.rule().minScore());
            i.setString(6, d.rule().strategy().name());
            i.setString(7, d.strategy().name());
            i.setObject(8, d.assigneeId());
            i.setString(9, d.assigneeName());
            i.setObject(10, d.teamId());
            i.setString(11, d.priority().name());
            i.setInt(12, d.rule().slaMinutes());
            i.setTimestamp(13, Timestamp.from(d.dueAt()));
            i.setBoolean(14, d.nurture());
            i.setString(15, d.reason());
            i.executeUpdate();
        }
    }

    private static void saveRotation(Connection c, RoundRobinState state) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("merge into round_robin_pool key(pool) values (?, ?)");
             PreparedStatement slot = c.prepareStatement("merge into round_robin_slot key(pool, rep_id) values (?,?,?,?)")) {
            p.setString(1, state.pool());
            p.setLong(2, state.turn());
            p.executeUpdate();
            for (Map.Entry<UUID, RoundRobinState.Slot> e : state.slots().entrySet()) {
                slot.setString(1, state.pool());
                slot.setObject(2, e.getKey());
                slot.setLong(3, e.getValue().assigned());
                slot.setLong(4, e.getValue().lastTurn());
                slot.addBatch();
            }
            slot.executeBatch();
        }
    }

    @Override
    public List<RoutingDecision> decisions(UUID leadId) {
        return store.withConnection(c -> {
            List<RoutingDecision> decisions = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("select lead_id, score, min_score, rule_strategy, strategy,"
                    + " assignee_id, assignee_name, team_id, priority, sla_minutes, decided_at, due_at, nurture, reason"
                    + " from routing_decision where lead_id = ? order by decided_at, id")) {
                q.setObject(1, leadId);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        decisions.add(decision(rs));
                    }
                }
            }
            return decisions;
        });
    }

    private static RoutingDecision decision(ResultSet rs) throws SQLException {
        LeadPriority priority = LeadPriority.valueOf(rs.getString(9));
        RoutingRule rule = new RoutingRule(rs.getInt(3), RoutingStrategy.valueOf(rs.getString(4)), priority, rs.getInt(10));
        return new RoutingDecision(rs.getObject(1, UUID.class), rs.getObject(2, Integer.class), rule,
                RoutingStrategy.valueOf(rs.getString(5)), rs.getObject(6, UUID.class), rs.getString(7),
                rs.getObject(8, UUID.class), priority, rs.getTimestamp(11).toInstant(), rs.getTimestamp(12).toInstant(),
                rs.getBoolean(13), rs.getString(14));
    }
}
