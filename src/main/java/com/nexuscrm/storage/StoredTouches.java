package com.nexuscrm.storage;

import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.ExitReason;
import com.nexuscrm.domain.campaign.PersonTouch;
import com.nexuscrm.domain.campaign.ScheduledTouch;
import com.nexuscrm.domain.campaign.StepCondition;
import com.nexuscrm.domain.campaign.TouchRepository;
import com.nexuscrm.domain.campaign.TouchTally;
import com.nexuscrm.domain.campaign.TouchStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Scheduled touches in the local {@code campaign_touch} table (V20). The primary key (the derived touch id) and the
 * unique (enrolment, step) make scheduling idempotent; every status change is a conditional update on the old status.
 */
public final class StoredTouches implements TouchRepository {
    private static final String COLUMNS = "select id, enrolment_id, step_index, variant, channel, status, attempts,"
            + " next_attempt_at, sender, address, sent_at, last_error from campaign_touch";
    private static final int ERROR_LENGTH = 1000;
    private static final int MESSAGE_ID_LENGTH = 400;

    private final WorkspaceStore store;

    public StoredTouches(WorkspaceStore store) {
        this.store = store;
    }

    @Override
    public boolean schedule(ScheduledTouch t) {
        try {
            return insert(t);
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return false; // another runner scheduled it between our check and our insert
            }
            throw e;
        }
    }

    private boolean insert(ScheduledTouch t) {
        return CampaignRows.update(store, "insert into campaign_touch(id, enrolment_id, step_index, variant, channel, status,"
                        + " attempts, next_attempt_at, sender, address, message_id) select ?,?,?,?,?,?,?,?,?,?,? where not exists"
                        + " (select 1 from campaign_touch where id = ? or (enrolment_id = ? and step_index = ?))",
                t.id(), t.enrolmentId(), t.stepIndex(), t.variant(), t.channel().name(), t.status().name(), t.attempts(),
                t.nextAttemptAt(), t.sender(), t.address(), t.messageId(), t.id(), t.enrolmentId(), t.stepIndex()) == 1;
    }

    @Override
    public Optional<ScheduledTouch> find(UUID id) {
        return list(COLUMNS + " where id = ?", id).stream().findFirst();
    }

    @Override
    public List<PersonTouch> historyOf(UUID personId) {
        return TouchHistoryQuery.of(store, personId);
    }

    @Override
    public List<ScheduledTouch> forEnrolment(UUID enrolmentId) {
        return list(COLUMNS + " where enrolment_id = ? order by step_index", enrolmentId);
    }

    @Override
    public List<ScheduledTouch> forPlan(UUID planId) {
        return list(COLUMNS + " where enrolment_id in (select id from campaign_enrolment where plan_id = ?)"
                + " order by enrolment_id, step_index", planId);
    }

    @Override
    public List<TouchTally> tallies() {
        return CampaignRows.list(store, "select e.plan_id, t.step_index, t.variant, count(case when t.status = 'SENT' then 1 end),"
                + " count(case when t.status = 'SENT' and t.replied_at is not null then 1 end) from campaign_touch t"
                + " join campaign_enrolment e on e.id = t.enrolment_id group by e.plan_id, t.step_index, t.variant",
                rs -> new TouchTally(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3), rs.getInt(4), rs.getInt(5)));
    }

    /** One query: every SENT touch with its enrolment's person, oldest first. */
    @Override
    public List<com.nexuscrm.domain.campaign.TouchOutcome> outcomes() {
        return CampaignRows.list(store, "select e.plan_id, t.step_index, e.person_kind, e.person_id, t.channel, t.sent_at,"
                + " t.replied_at from campaign_touch t join campaign_enrolment e on e.id = t.enrolment_id"
                + " where t.status = 'SENT' and t.sent_at is not null order by t.sent_at, t.id",
                rs -> new com.nexuscrm.domain.campaign.TouchOutcome(rs.getObject(1, UUID.class), rs.getInt(2),
                        new com.nexuscrm.domain.campaign.PersonRef(com.nexuscrm.domain.campaign.PersonRef.Kind.valueOf(
                                rs.getString(3)), rs.getObject(4, UUID.class)), Channel.valueOf(rs.getString(5)),
                        CampaignRows.instant(rs, 6), rs.getObject(7) != null));
    }

    @Override
    public List<ScheduledTouch> due(Instant now, int limit) {
        return list(COLUMNS + " where status = 'PENDING' and next_attempt_at <= ? order by next_attempt_at, id limit ?",
                now, limit);
    }

    @Override
    public boolean claim(UUID id, Instant at) {
        return CampaignRows.update(store, "update campaign_touch set status = 'SENDING', claimed_at = ? where id = ?"
                + " and status = 'PENDING'", at, id) == 1;
    }

    @Override
    public void markSent(UUID id, Instant at) {
        CampaignRows.update(store, "update campaign_touch set status = 'SENT', sent_at = ?, last_error = null where id = ?"
                + " and status = 'SENDING'", at, id);
    }

    @Override
    public void retryLater(UUID id, Instant next, String error) {
        CampaignRows.update(store, "update campaign_touch set status = 'PENDING', attempts = attempts + 1,"
                + " next_attempt_at = ?, claimed_at = null, last_error = ? where id = ? and status = 'SENDING'",
                next, cut(error), id);
    }

    @Override
    public void postpone(UUID id, Instant next, String why) {
        CampaignRows.update(store, "update campaign_touch set next_attempt_at = ?, last_error = ? where id = ?"
                + " and status = 'PENDING'", next, cut(why), id);
    }

    @Override
    public List<ScheduledTouch> stuckSending(Instant claimedBefore, int limit) {
        return list(COLUMNS + " where status = 'SENDING' and claimed_at < ? order by claimed_at, id limit ?", claimedBefore, limit);
    }

    @Override
    public void markUnknown(UUID id, String why) {
        CampaignRows.update(store, "update campaign_touch set status = 'UNKNOWN', last_error = ? where id = ?"
                + " and status = 'SENDING'", cut(why), id);
    }

    @Override
    public void fail(UUID id, String error) {
        CampaignRows.update(store, "update campaign_touch set status = 'FAILED', attempts = attempts + 1, last_error = ?"
                + " where id = ? and status = 'SENDING'", cut(error), id);
    }

    @Override
    public int cancelPending(UUID enrolmentId, String why) {
        return CampaignRows.update(store, "update campaign_touch set status = 'CANCELLED', last_error = ?"
                + " where enrolment_id = ? and status = 'PENDING'", cut(why), enrolmentId);
    }

    @Override
    public int hold(UUID enrolmentId, Instant until, String why) {
        return CampaignRows.update(store, "update campaign_touch set status = 'PENDING', next_attempt_at = ?, last_error = ?"
                + " where enrolment_id = ? and (status = 'PENDING' or status = 'CANCELLED' and last_error = ?)",
                until, cut(why), enrolmentId, ExitReason.REPLIED.cancelReason());
    }

    @Override
    public int sentBy(String sender, Instant from, Instant to) {
        return CampaignRows.list(store, "select count(*) from campaign_touch where sender = ? and status in ('SENT', 'SENDING', 'UNKNOWN')"
                + " and claimed_at >= ? and claimed_at < ?", rs -> rs.getInt(1), sender, from, to).get(0);
    }

    @Override
    public Optional<ScheduledTouch> lastSentTo(String address) {
        return list(COLUMNS + " where lower(address) = lower(?) and status = 'SENT' order by sent_at desc limit 1", address)
                .stream().findFirst();
    }

    @Override
    public void recordProviderId(UUID id, String providerMessageId) {
        if (providerMessageId != null && !providerMessageId.isBlank()) {
            String kept = providerMessageId.strip();
            kept = kept.length() <= MESSAGE_ID_LENGTH ? kept : kept.substring(0, MESSAGE_ID_LENGTH);
            CampaignRows.update(store, "update campaign_touch set message_id = ? where id = ?", kept, id);
        }
    }

    @Override
    public Optional<ScheduledTouch> findByMessageId(String messageId) {
        return list(COLUMNS + " where message_id = ?", messageId).stream().findFirst();
    }

    @Override
    public boolean markOpened(UUID id, Instant at) {
        return CampaignRows.update(store, "update campaign_touch set opened_at = ? where id = ? and opened_at is null", at, id) == 1;
    }

    @Override
    public boolean markClicked(UUID id, Instant at) {
        return CampaignRows.update(store, "update campaign_touch set clicked_at = ?, opened_at = coalesce(opened_at, ?)"
                + " where id = ? and clicked_at is null", at, at, id) == 1;
    }

    @Override
    public void markReplied(UUID id, Instant at) {
        CampaignRows.update(store, "update campaign_touch set replied_at = ? where id = ? and replied_at is null", at, id);
    }

    @Override
    public StepCondition.Engagement engagement(UUID enrolmentId, int beforeStep) {
        return CampaignRows.list(store, "select coalesce(max(case when step_index = ? and opened_at is not null then 1 end), 0),"
                + " coalesce(max(case when step_index = ? and clicked_at is not null then 1 end), 0),"
                + " coalesce(max(case when replied_at is not null then 1 end), 0) from campaign_touch"
                + " where enrolment_id = ? and step_index < ?", rs -> new StepCondition.Engagement(rs.getInt(1) == 1,
                rs.getInt(2) == 1, rs.getInt(3) == 1), beforeStep - 1, beforeStep - 1, enrolmentId, beforeStep).get(0);
    }

    /**
     * Mirrors a touch as the team server has it (a linked workstation sends nothing itself): the row of that id is
     * added or overwritten, and a touch of the same enrolment and step under another id (another variant) goes.
     */
    public void mirror(ScheduledTouch t) {
        store.inJdbcTransaction(c -> {
            try (var delete = c.prepareStatement("delete from campaign_touch where enrolment_id = ? and step_index = ?"
                    + " and id <> ?"); var merge = c.prepareStatement("merge into campaign_touch(id, enrolment_id, step_index,"
                    + " variant, channel, status, attempts, next_attempt_at, sender, address, message_id, sent_at, last_error)"
                    + " key(id) values (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                delete.setObject(1, t.enrolmentId());
                delete.setInt(2, t.stepIndex());
                delete.setObject(3, t.id());
                delete.executeUpdate();
                Object[] values = {t.id(), t.enrolmentId(), t.stepIndex(), t.variant(), t.channel().name(), t.status().name(),
                    t.attempts(), java.sql.Timestamp.from(t.nextAttemptAt()), t.sender(), t.address(), t.messageId(),
                    t.sentAt() == null ? null : java.sql.Timestamp.from(t.sentAt()), cut(t.lastError())};
                for (int i = 0; i < values.length; i++) {
                    merge.setObject(i + 1, values[i]);
                }
                merge.executeUpdate();
            }
        });
    }

    private List<ScheduledTouch> list(String sql, Object... args) {
        return CampaignRows.list(store, sql, StoredTouches::row, args);
    }

    private static String cut(String text) {
        return text == null || text.length() <= ERROR_LENGTH ? text : text.substring(0, ERROR_LENGTH);
    }

    private static ScheduledTouch row(ResultSet rs) throws SQLException {
        return new ScheduledTouch(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3), rs.getString(4),
                Channel.valueOf(rs.getString(5)), TouchStatus.valueOf(rs.getString(6)), rs.getInt(7),
                CampaignRows.instant(rs, 8), rs.getString(9), rs.getString(10), CampaignRows.instant(rs, 11),
                rs.getString(12));
    }
}
