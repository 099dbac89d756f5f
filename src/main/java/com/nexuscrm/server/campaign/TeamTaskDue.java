package com.nexuscrm.server.campaign;

import com.nexuscrm.domain.campaign.CampaignTask;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.PersonRef;
import com.nexuscrm.domain.campaign.TaskQueue;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A team's voice and LinkedIn steps reached by the server's runner ({@code campaign.TaskChannel} queues here): the server
 * cannot write into a rep's Today queue, so each becomes one {@code campaign_task_due} row (V9) under its touch id, with
 * the script filled in, and the touch is marked sent (delivered to the task queue). The row takes the next
 * {@code change_seq}, so the hand-over's answer carries it and the linked workstation makes the Today task once.
 */
final class TeamTaskDue implements TaskQueue {
    private static final int SUBJECT_LENGTH = 500;

    private final DataSource ds;
    private final UUID team;
    private final Clock clock;

    TeamTaskDue(DataSource ds, UUID team, Clock clock) {
        this.ds = ds;
        this.team = team;
        this.clock = clock;
    }

    /** Records the task unless its touch has one (a retry after a crash adds nothing). */
    @Override
    public void queue(CampaignTask task) {
        String subject = task.subject().length() <= SUBJECT_LENGTH ? task.subject() : task.subject().substring(0, SUBJECT_LENGTH);
        TeamRows.update(ds, "insert into campaign_task_due(touch_id, team_id, person_kind, person_id, channel, sender, subject,"
                + " script, created_at, change_seq) select ?,?,?,?,?,?,?,?,?," + TeamEnrolments.NEXT_SEQ + " where exists"
                + " (select 1 from campaign_touch where id = ? and team_id = ?) and not exists (select 1 from campaign_task_due"
                + " where touch_id = ?)", task.touchId(), team, task.person().kind().name(), task.person().id(),
                task.channel().name(), task.sender(), subject, task.script(), clock.instant(), task.touchId(), team,
                task.touchId());
    }

    /** One row of a change page: the task and its sequence number. */
    record Due(CampaignTask task, long seq) { }

    /** The team's tasks due after {@code cursor}, at most {@code limit}, in change order. */
    static List<Due> after(Connection c, UUID team, long cursor, int limit) throws SQLException {
        return TeamRows.list(c, "select touch_id, person_kind, person_id, channel, sender, subject, script, change_seq"
                + " from campaign_task_due where team_id = ? and change_seq > ? order by change_seq limit ?", rs -> new Due(
                new CampaignTask(rs.getObject(1, UUID.class), new PersonRef(PersonRef.Kind.valueOf(rs.getString(2)),
                        rs.getObject(3, UUID.class)), Channel.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
                        rs.getString(7)), rs.getLong(8)), team, cursor, limit);
    }
}
