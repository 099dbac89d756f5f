package com.nexuscrm.server.campaign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nexuscrm.domain.ValidationException;
import com.nexuscrm.domain.campaign.Audience;
import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.domain.campaign.CampaignPlanRepository;
import com.nexuscrm.domain.campaign.Step;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * One team's campaign plans in the server's {@code campaign_plan} table (V6), the steps as JSON. Plans arrive by
 * hand-over ({@link #put}); names need not be unique here (two workstations may each have a "Nurture").
 */
final class TeamPlans implements CampaignPlanRepository {
    private static final TypeReference<List<Step>> STEPS = new TypeReference<>() { };
    private static final String COLUMNS = "select id, name, goal, audience_filter, audience_criteria, sender, sender_name,"
            + " steps from campaign_plan";

    private final DataSource ds;
    private final UUID team;
    private final ObjectMapper json;
    private final Clock clock;

    TeamPlans(DataSource ds, UUID team, ObjectMapper json, Clock clock) {
        this.ds = ds;
        this.team = team;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void save(CampaignPlan plan) {
        if (!plan.problems().isEmpty()) {
            throw new ValidationException(plan.problems());
        }
        TeamRows.with(ds, c -> put(c, plan));
    }

    /** Inserts the plan or replaces this team's plan of that id; true when anything changed. */
    boolean put(Connection c, CampaignPlan plan) throws SQLException {
        String steps = stepsJson(plan.steps());
        Optional<CampaignPlan> old = TeamRows.list(c, COLUMNS + " where id = ? and team_id = ?", this::row, plan.id(), team)
                .stream().findFirst();
        if (old.isPresent() && old.get().equals(plan)) {
            return false;
        }
        Object[] values = {plan.name(), plan.goal(), plan.audience().savedFilter(), plan.audience().criteria(),
            plan.sender(), plan.senderName(), steps, clock.instant(), plan.id(), team};
        if (old.isPresent()) {
            TeamRows.update(c, "update campaign_plan set name = ?, goal = ?, audience_filter = ?, audience_criteria = ?,"
                    + " sender = ?, sender_name = ?, steps = ?, updated_at = ? where id = ? and team_id = ?", values);
        } else {
            TeamRows.update(c, "insert into campaign_plan(name, goal, audience_filter, audience_criteria, sender, sender_name,"
                    + " steps, updated_at, id, team_id) values (?,?,?,?,?,?,?,?,?,?)", values);
        }
        return true;
    }

    @Override
    public Optional<CampaignPlan> find(UUID id) {
        return TeamRows.list(ds, COLUMNS + " where id = ? and team_id = ?", this::row, id, team).stream().findFirst();
    }

    @Override
    public Optional<CampaignPlan> findByName(String name) {
        return TeamRows.list(ds, COLUMNS + " where team_id = ? and lower(name) = lower(?) order by id", this::row, team, name)
                .stream().findFirst();
    }

    @Override
    public List<CampaignPlan> all() {
        return TeamRows.list(ds, COLUMNS + " where team_id = ? order by lower(name), id", this::row, team);
    }

    private CampaignPlan row(ResultSet rs) throws SQLException {
        return new CampaignPlan(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                new Audience(rs.getString(4), rs.getString(5)), rs.getString(6), rs.getString(7), steps(rs.getString(8)));
    }

    private String stepsJson(List<Step> steps) {
        try {
            return json.writeValueAsString(steps);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write a campaign's steps: " + e.getOriginalMessage(), e);
        }
    }

    private List<Step> steps(String text) {
        try {
            return json.readValue(text, STEPS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored campaign's steps are unreadable: " + e.getOriginalMessage(), e);
        }
    }
}
