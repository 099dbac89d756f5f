package com.nexuscrm.server.campaign;

import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.PersonTouch;
import com.nexuscrm.domain.campaign.ScheduledTouch;
import com.nexuscrm.domain.campaign.StepCondition;
import com.nexuscrm.domain.campaign.TouchRepository;
import com.nexuscrm.domain.campaign.TouchStatus;
import com.nexuscrm.domain.campaign.TouchTally;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * One team's touches in the server's {@code campaign_touch} table (V6). The derived id and the unique (enrolment,
 * step) make scheduling idempotent across server instances; every status change is one conditional update on the old
 * status (the claim also on the enrolment still being active, so an exit handed over first wins) and takes the next
 * {@code change_seq}, which the hand-over's answer follows.
 */
final class TeamTouches implements TouchRepository {
    static final String COLUMNS = "select id, enrolment_id, step_index, variant, channel, status, attempts,"
            + " next_attempt_at, sender, address, sent_at, last_error from campaign_touch";
    private static final String SEQ = ", change_seq = " + TeamEnrolments.NEXT_SEQ;
    private static final String INSERT = "insert into campaign_touch(id, team_id, enrolment_id, step_index, variant,"
            + " channel, status, attempts, next_attempt_at, sender, address, message_id, change_seq)"
            + " select ?,?,?,?,?,?,?,?,?,?,?,?," + TeamEnrolments.NEXT_SEQ + " where not exists (select 1 from campaign_touch"
            + " where id = ?) and not exists (select 1 from campaign_touch where enrolment_id = ? and step_index = ?)";
    /** A text's address without the separators a typed phone number may have (so "+44 20 7946 0958" meets E.164). */
    private static final String COMPACT_ADDRESS = "replace(replace(replace(replace(replace(replace(address, ' ', ''), '-', ''),"
            + " '.', ''), '(', ''), ')', ''), '/', '')";
    private static final int BATCH = 1_000;
    private static final int ERROR_LENGTH = 1000;
    private static final int MESSAGE_ID_LENGTH = 400;

    private final DataSource ds;
    private final UUID team;

    TeamTouches(DataSource ds, UUID team) {
        this.ds = ds;
        this.team = team;
    }

    @Override
    public boolean schedule(ScheduledTouch t) {
        try {
            return TeamRows.update(ds, INSERT, values(t)) == 1;
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return false; // another instance scheduled it between our check and our insert
            }
            throw e;
        }
    }

    /** The team's touches of active enrolments in one read, kept for the enrolments asked about. */
    @Override
    public Map<UUID, Map<Integer, TouchStatus>> statuses(Collection<UUID> enrolmentIds) {
        Set<UUID> wanted = new HashSet<>(enrolmentIds);
        Map<UUID, Map<Integer, TouchStatus>> statuses = new HashMap<>();
        TeamRows.list(ds, "select t.enrolment_id, t.step_index, t.status from campaign_touch t join campaign_enrolment e"
                + " on e.id = t.enrolment_id where t.team_id = ? and e.status = 'ACTIVE'", rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    if (wanted.contains(id)) {
                        statuses.computeIfAbsent(id, k -> new HashMap<>()).put(rs.getInt(2), TouchStatus.valueOf(rs.getString(3)));
                    }
                    return id;
                }, team);
        return statuses;
    }

    /** In JDBC batches of {@link #BATCH}, one transaction each; a batch another instance raced falls back to one by one. */
    @Override
    public int scheduleAll(List<ScheduledTouch> touches) {
        int added = 0;
        for (int from = 0; from < touches.size(); from += BATCH) {
            List<ScheduledTouch> chunk = touches.subList(from, Math.min(touches.size(), from + BATCH));
            try {
                added += TeamRows.inTransaction(ds, c -> {
                    try (PreparedStatement insert = c.prepareStatement(INSERT)) {
                        for (ScheduledTouch t : chunk) {
                            TeamRows.bind(insert, values(t));
                            insert.addBatch();
                        }
                        return Arrays.stream(insert.executeBatch()).map(n -> n > 0 ? 1 : 0).sum();
                    }
                });
            } catch (IllegalStateException e) {
                added += TouchRepository.super.scheduleAll(chunk);
            }
        }
        return added;
    }

    @Override
    public Optional<ScheduledTouch> find(UUID id) {
        return list(COLUMNS + " where id = ? and team_id = ?", id, team).stream().findFirst();
    }

    @Override
    public List<ScheduledTouch> forEnrolment(UUID enrolmentId) {
        return list(COLUMNS + " where enrolment_id = ? and team_id = ? order by step_index", enrolmentId, team);
    }

    @Override
    public List<ScheduledTouch> forPlan(UUID planId) {
        return list(COLUMNS + " where team_id = ? and enrolment_id in (select id from campaign_enrolment where plan_id = ?)"
                + " order by enrolment_id, step_index", team, planId);
    }

    @Override
    public List<TouchTally> tallies() {
        return TeamRows.list(ds, "select e.plan_id, t.step_index, t.variant, count(case when t.status = 'SENT' then 1 end),"
                + " count(case when t.status = 'SENT' and t.replied_at is not null then 1 end) from campaign_touch t"
                + " join campaign_enrolment e on e.id = t.enrolment_id where t.team_id = ?"
                + " group by e.plan_id, t.step_index, t.variant",
                rs -> new TouchTally(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3), rs.getInt(4), rs.getInt(5)),
                team);
    }

    @Override
    public List<ScheduledTouch> due(Instant now, int limit) {
        return list(COLUMNS + " where team_id = ? and status = 'PENDING' and next_attempt_at <= ?"
                + " order by next_attempt_at, id limit ?", team, now, limit);
    }

    @Override
    public boolean claim(UUID id, Instant at) {
        return change("set status = 'SENDING', claimed_at = ?" + SEQ + " where id = ? and team_id = ? and status = 'PENDING'"
                + " and exists (select 1 from campaign_enrolment e where e.id = campaign_touch.enrolment_id"
                + " and e.status = 'ACTIVE')", at, id, team) == 1;
    }

    @Override
    public void markSent(UUID id, Instant at) {
        change("set status = 'SENT', sent_at = ?, last_error = null" + SEQ + " where id = ? and team_id = ?"
                + " and status = 'SENDING'", at, id, team);
    }

    @Override
    public void retryLater(UUID id, Instant next, String error) {
        change("set status = 'PENDING', attempts = attempts + 1, next_attempt_at = ?, claimed_at = null, last_error = ?" + SEQ
                + " where id = ? and team_id = ? and status = 'SENDING'", next, cut(error), id, team);
    }

    @Override
    public void postpone(UUID id, Instant next, String why) {
        change("set next_attempt_at = ?, last_error = ? where id = ? and team_id = ? and status = 'PENDING'",
                next, cut(why), id, team);
    }

    @Override
    public List<ScheduledTouch> stuckSending(Instant claimedBefore, int limit) {
        return list(COLUMNS + " where team_id = ? and status = 'SENDING' and claimed_at < ? order by claimed_at, id limit ?",
                team, claimedBefore, limit);
    }

    @Override
    public void markUnknown(UUID id, String why) {
        change("set status = 'UNKNOWN', last_error = ?" + SEQ + " where id = ? and team_id = ? and status = 'SENDING'",
                cut(why), id, team);
    }

    @Override
    public boolean markOpened(UUID id, Instant at) {
        return change("set opened_at = ?" + SEQ + " where id = ? and team_id = ? and opened_at is null", at, id, team) == 1;
    }

    @Override
    public boolean markClicked(UUID id, Instant at) {
        return change("set clicked_at = ?, opened_at = coalesce(opened_at, ?)" + SEQ + " where id = ? and team_id = ?"
                + " and clicked_at is null", at, at, id, team) == 1;
    }

    @Override
    public void fail(UUID id, String error) {
        change("set status = 'FAILED', attempts = attempts + 1, last_error = ?" + SEQ + " where id = ? and team_id = ?"
                + " and status = 'SENDING'", cut(error), id, team);
    }

    @Override
    public int cancelPending(UUID enrolmentId, String why) {
        return change("set status = 'CANCELLED', last_error = ?" + SEQ + " where enrolment_id = ? and team_id = ?"
                + " and status = 'PENDING'", cut(why), enrolmentId, team);
    }

    @Override
    public int sentBy(String sender, Instant from, Instant to) {
        return TeamRows.list(ds, "select count(*) from campaign_touch where team_id = ? and sender = ?"
                + " and status in ('SENT', 'SENDING', 'UNKNOWN') and claimed_at >= ? and claimed_at < ?", rs -> rs.getInt(1),
                team, sender, from, to).get(0);
    }

    @Override
    public Optional<ScheduledTouch> lastSentTo(String address) {
        return list(COLUMNS + " where team_id = ? and (lower(address) = lower(?) or channel = 'SMS' and " + COMPACT_ADDRESS
                + " = ?) and status = 'SENT' order by sent_at desc limit 1", team, address, address).stream().findFirst();
    }


    @Override
    public void recordProviderId(UUID id, String providerMessageId) {
        if (providerMessageId != null && !providerMessageId.isBlank()) {
            String kept = providerMessageId.strip();
            change("set message_id = ? where id = ? and team_id = ?",
                    kept.length() <= MESSAGE_ID_LENGTH ? kept : kept.substring(0, MESSAGE_ID_LENGTH), id, team);
        }
    }

    @Override
    public Optional<ScheduledTouch> findByMessageId(String messageId) {
        return list(COLUMNS + " where team_id = ? and message_id = ?", team, messageId).stream().findFirst();
    }

    @Override
    public void markReplied(UUID id, Instant at) {
        change("set replied_at = ?" + SEQ + " where id = ? and team_id = ? and replied_at is null", at, id, team);
    }

    @Override
    public StepCondition.Engagement engagement(UUID enrolmentId, int beforeStep) {
        return TeamRows.list(ds, "select coalesce(max(case when step_index = ? and opened_at is not null then 1 end), 0),"
                + " coalesce(max(case when step_index = ? and clicked_at is not null then 1 end), 0),"
                + " coalesce(max(case when replied_at is not null then 1 end), 0) from campaign_touch"
                + " where team_id = ? and enrolment_id = ? and step_index < ?", rs -> new StepCondition.Engagement(
                rs.getInt(1) == 1, rs.getInt(2) == 1, rs.getInt(3) == 1), beforeStep - 1, beforeStep - 1, team,
                enrolmentId, beforeStep).get(0);
    }

    private Object[] values(ScheduledTouch t) {
        return new Object[] {t.id(), team, t.enrolmentId(), t.stepIndex(), t.variant(), t.channel().name(), t.status().name(),
            t.attempts(), t.nextAttemptAt(), t.sender(), t.address(), t.messageId(), t.id(), t.enrolmentId(), t.stepIndex()};
    }

    private int change(String setAndWhere, Object... args) {
        return TeamRows.update(ds, "update campaign_touch " + setAndWhere, args);
    }

    private List<ScheduledTouch> list(String sql, Object... args) {
        return TeamRows.list(ds, sql, TeamTouches::row, args);
    }

    private static String cut(String text) {
        return text == null || text.length() <= ERROR_LENGTH ? text : text.substring(0, ERROR_LENGTH);
    }

    static ScheduledTouch row(ResultSet rs) throws SQLException {
        return new ScheduledTouch(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3), rs.getString(4),
                Channel.valueOf(rs.getString(5)), TouchStatus.valueOf(rs.getString(6)), rs.getInt(7),
                TeamRows.instant(rs, 8), rs.getString(9), rs.getString(10), TeamRows.instant(rs, 11), rs.getString(12));
    }

    /** The person's touches on this team's server, newest first (a workstation's timeline reads its own mirror). */
    @Override
    public List<PersonTouch> historyOf(UUID personId) {
        return TeamRows.list(ds, "select t.id, p.name, t.step_index, t.channel, t.status, t.replied_at, t.clicked_at,"
                + " t.opened_at, coalesce(t.replied_at, t.clicked_at, t.opened_at, t.sent_at, t.next_attempt_at) as at"
                + " from campaign_enrolment e join campaign_touch t on t.enrolment_id = e.id and t.team_id = e.team_id"
                + " join campaign_plan p on p.id = e.plan_id and p.team_id = e.team_id"
                + " where e.person_id = ? and e.team_id = ? order by at desc, t.step_index desc",
                rs -> new PersonTouch(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3),
                        Channel.valueOf(rs.getString(4)), PersonTouch.outcome(TouchStatus.valueOf(rs.getString(5)),
                        TeamRows.instant(rs, 6), TeamRows.instant(rs, 7), TeamRows.instant(rs, 8), false),
                        TeamRows.instant(rs, 9)), personId, team);
    }

    /** A paused enrolment's waiting touches wait until its date ({@link ServerPauses#hold}). */
    @Override
    public int hold(UUID enrolmentId, Instant until, String why) {
        return TeamRows.with(ds, c -> ServerPauses.hold(c, team, enrolmentId, until, cut(why)));
    }
}
