package com.nexuscrm.server.campaign;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.campaign.Audience;
import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.ScheduledTouch;
import com.nexuscrm.domain.campaign.Step;
import com.nexuscrm.domain.campaign.Template;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * What {@code nexus bench campaigns} needs on the server's store, and its baseline: a bench team with a one-step plan
 * and many active enrolments (JDBC batches), the team's touches, and a bare JDBC batch insert of the same touch rows
 * (plain {@code insert ... values}, no existence check, no sequence, a batch sent and committed every 1,000 rows).
 * Not used by the server.
 */
public final class CampaignBenchStore {
    private static final int BATCH = 1_000;

    private final DataSource ds;
    private final ObjectMapper json;
    private final Clock clock;

    public CampaignBenchStore(DataSource ds, ObjectMapper json, Clock clock) {
        this.ds = ds;
        this.json = json;
        this.clock = clock;
    }

    /** A new team "Campaign bench ..." with a one-step email plan and {@code count} enrolments at {@code at}; its id. */
    public UUID seed(int count, Instant at) {
        UUID team = Ids.newId();
        TeamRows.update(ds, "insert into team(id, name, created_at) values (?,?,?)", team, "Campaign bench " + team, at);
        CampaignPlan plan = new CampaignPlan(Ids.newId(), "Bench nurture", null, Audience.MANUAL, "bench@nexus.test",
                "Bench", List.of(Step.of(0, Channel.EMAIL, new Template("A", "Hello {{firstName|there}}", "Hi."))));
        new TeamPlans(ds, team, json, clock).save(plan);
        for (int from = 0; from < count; from += BATCH) {
            int first = from;
            TeamRows.inTransaction(ds, c -> {
                try (PreparedStatement insert = c.prepareStatement("insert into campaign_enrolment(id, team_id, plan_id,"
                        + " person_kind, person_id, current_step, status, enrolled_at, updated_at, change_seq, first_name,"
                        + " last_name, email, zone) values (?,?,?,'LEAD',?,0,'ACTIVE',?,?," + TeamEnrolments.NEXT_SEQ
                        + ",?,'Bench',?,'UTC')")) {
                    for (int i = first; i < Math.min(count, first + BATCH); i++) {
                        TeamRows.bind(insert, new Object[] {Ids.newId(), team, plan.id(), Ids.newId(), at, at, "Lead" + i,
                            "lead" + i + "@bench.example.com"});
                        insert.addBatch();
                    }
                    return insert.executeBatch().length;
                }
            });
        }
        return team;
    }

    /** The team's touches, as the scheduler made them. */
    public List<ScheduledTouch> touches(UUID team) {
        return TeamRows.list(ds, TeamTouches.COLUMNS + " where team_id = ? order by id", TeamTouches::row, team);
    }

    /** Deletes the team's touches, then inserts the same rows back with a bare batch insert; the insert's nanoseconds. */
    public long bareInsertNanos(UUID team, List<ScheduledTouch> touches) {
        TeamRows.update(ds, "delete from campaign_touch where team_id = ?", team);
        long start = System.nanoTime();
        for (int from = 0; from < touches.size(); from += BATCH) {
            List<ScheduledTouch> chunk = touches.subList(from, Math.min(touches.size(), from + BATCH));
            TeamRows.inTransaction(ds, c -> {
                try (PreparedStatement insert = c.prepareStatement("insert into campaign_touch(id, team_id, enrolment_id,"
                        + " step_index, variant, channel, status, attempts, next_attempt_at, sender, address, message_id,"
                        + " change_seq) values (?,?,?,?,?,?,?,?,?,?,?,?,0)")) {
                    for (ScheduledTouch t : chunk) {
                        TeamRows.bind(insert, new Object[] {t.id(), team, t.enrolmentId(), t.stepIndex(), t.variant(),
                            t.channel().name(), t.status().name(), t.attempts(), t.nextAttemptAt(), t.sender(), t.address(),
                            t.messageId()});
                        insert.addBatch();
                    }
                    return insert.executeBatch().length;
                }
            });
        }
        return System.nanoTime() - start;
    }

    /** Removes the bench team and everything of it. */
    public void drop(UUID team) {
        TeamRows.inTransaction(ds, c -> {
            for (String table : List.of("campaign_touch", "campaign_enrolment", "campaign_plan")) {
                TeamRows.update(c, "delete from " + table + " where team_id = ?", team);
            }
            return TeamRows.update(c, "delete from team where id = ?", team);
        });
    }
}
