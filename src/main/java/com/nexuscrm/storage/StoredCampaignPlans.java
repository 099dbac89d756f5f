package com.nexuscrm.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.nexuscrm.domain.FieldError;
import com.nexuscrm.domain.ValidationException;
import com.nexuscrm.domain.campaign.Audience;
import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.domain.campaign.CampaignPlanRepository;
import com.nexuscrm.domain.campaign.EnrolmentRules;
import com.nexuscrm.domain.campaign.PersonRef;
import com.nexuscrm.domain.campaign.Step;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Campaign plans in the local {@code campaign_plan} table (V20; enrolment rules V21; the audience's kind of people V29); the steps as one JSON column. */
public final class StoredCampaignPlans implements CampaignPlanRepository {
    private static final TypeReference<List<Step>> STEPS = new TypeReference<>() { };
    private static final String COLUMNS = "select id, name, goal, audience_filter, audience_criteria, sender, sender_name,"
            + " steps, rule_nurture, rule_score_below, rule_score_at_least, rule_audience, audience_people from campaign_plan";

    private final WorkspaceStore store;
    private final Clock clock;

    public StoredCampaignPlans(WorkspaceStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public void save(CampaignPlan plan) {
        List<FieldError> problems = new ArrayList<>(plan.problems());
        findByName(plan.name()).filter(other -> !other.id().equals(plan.id()))
                .ifPresent(other -> problems.add(new FieldError("Name", "another campaign is called '" + plan.name() + "'")));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        store.inJdbcTransaction(c -> {
            try (PreparedStatement m = c.prepareStatement("merge into campaign_plan(id, name, goal, audience_filter,"
                    + " audience_criteria, sender, sender_name, steps, updated_at, rule_nurture, rule_score_below,"
                    + " rule_score_at_least, rule_audience, audience_people) key(id) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                m.setObject(1, plan.id());
                m.setString(2, plan.name());
                m.setString(3, plan.goal());
                m.setString(4, plan.audience().savedFilter());
                m.setString(5, plan.audience().criteria());
                m.setString(6, plan.sender());
                m.setString(7, plan.senderName());
                m.setString(8, stepsJson(plan.steps()));
                m.setTimestamp(9, Timestamp.from(clock.instant()));
                EnrolmentRules rules = plan.rules();
                m.setBoolean(10, rules.nurture());
                m.setObject(11, rules.scoreBelow(), Types.INTEGER);
                m.setObject(12, rules.scoreAtLeast(), Types.INTEGER);
                m.setBoolean(13, rules.audience());
                m.setString(14, plan.audience().people().name());
                m.executeUpdate();
            }
        });
    }

    @Override
    public Optional<CampaignPlan> find(UUID id) {
        return one(COLUMNS + " where id = ?", id);
    }

    @Override
    public Optional<CampaignPlan> findByName(String name) {
        return one(COLUMNS + " where name_key = lower(?)", name);
    }

    @Override
    public List<CampaignPlan> all() {
        return store.withConnection(c -> {
            try (ResultSet rs = c.createStatement().executeQuery(COLUMNS + " order by name_key")) {
                return rows(rs);
            }
        });
    }

    private Optional<CampaignPlan> one(String sql, Object key) {
        return store.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement(sql)) {
                q.setObject(1, key);
                try (ResultSet rs = q.executeQuery()) {
                    return rows(rs).stream().findFirst();
                }
            }
        });
    }

    private List<CampaignPlan> rows(ResultSet rs) throws SQLException {
        List<CampaignPlan> plans = new ArrayList<>();
        while (rs.next()) {
            plans.add(new CampaignPlan(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                    new Audience(rs.getString(4), rs.getString(5), PersonRef.Kind.valueOf(rs.getString(13))), rs.getString(6), rs.getString(7),
                    steps(rs.getString(8)), new EnrolmentRules(rs.getBoolean(9), (Integer) rs.getObject(10),
                    (Integer) rs.getObject(11), rs.getBoolean(12))));
        }
        return plans;
    }

    private String stepsJson(List<Step> steps) {
        try {
            return store.json().writeValueAsString(steps);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write a campaign's steps: " + e.getOriginalMessage(), e);
        }
    }

    private List<Step> steps(String json) {
        try {
            return store.json().readValue(json, STEPS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored campaign's steps are unreadable: " + e.getOriginalMessage(), e);
        }
    }
}
