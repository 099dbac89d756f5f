package com.nexuscrm.storage;

import com.nexuscrm.domain.campaign.CampaignReply;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.PersonRef;
import com.nexuscrm.domain.campaign.Recommendation;
import com.nexuscrm.domain.campaign.ReplyAction;
import com.nexuscrm.domain.campaign.ReplyIntent;
import com.nexuscrm.domain.campaign.ReplyRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Campaign replies and their recommended actions in the local {@code campaign_reply} table (V22). */
public final class StoredReplies implements ReplyRepository {
    private static final String COLUMNS = "select id, reply_key, touch_id, enrolment_id, plan_id, person_kind, person_id,"
            + " channel, from_address, received_at, reply_text, intent, probability, action, reason, task_subject, resume_at,"
            + " referral_name, referral_email, status, automatic, done_at, outcome from campaign_reply";

    private final WorkspaceStore store;

    public StoredReplies(WorkspaceStore store) {
        this.store = store;
    }

    @Override
    public boolean add(CampaignReply r) {
        Recommendation a = r.recommendation();
        return CampaignRows.update(store, "insert into campaign_reply(id, reply_key, touch_id, enrolment_id, plan_id,"
                + " person_kind, person_id, channel, from_address, received_at, reply_text, intent, probability, action, reason,"
                + " task_subject, resume_at, referral_name, referral_email, status, automatic, done_at, outcome)"
                + " select ?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,? where not exists (select 1 from campaign_reply where"
                + " reply_key = ?)", r.id(), cut(r.key(), 400), r.touchId(), r.enrolmentId(), r.planId(), r.person().kind().name(),
                r.person().id(), r.channel().name(), cut(r.from(), 320), r.receivedAt(), r.text(), r.intent().name(),
                r.probability(), a.action().name(), cut(a.reason(), 1000), cut(a.taskSubject(), 200), a.resumeAt(),
                cut(a.referralName(), 200), cut(a.referralEmail(), 320), r.status().name(), r.automatic(), r.doneAt(),
                cut(r.outcome(), 1000), cut(r.key(), 400)) == 1;
    }

    @Override
    public Optional<CampaignReply> find(UUID id) {
        return CampaignRows.list(store, COLUMNS + " where id = ?", StoredReplies::row, id).stream().findFirst();
    }

    @Override
    public Optional<CampaignReply> findByKey(String key) {
        return CampaignRows.list(store, COLUMNS + " where reply_key = ?", StoredReplies::row, cut(key, 400)).stream().findFirst();
    }

    @Override
    public List<CampaignReply> forPlan(UUID planId) {
        return CampaignRows.list(store, COLUMNS + " where plan_id = ? order by received_at desc, id", StoredReplies::row, planId);
    }

    @Override
    public boolean claim(UUID id, Instant at, boolean automatic) {
        return CampaignRows.update(store, "update campaign_reply set status = 'DONE', done_at = ?, automatic = ?, outcome = null"
                + " where id = ? and status = 'RECOMMENDED'", at, automatic, id) == 1;
    }

    @Override
    public void outcome(UUID id, String outcome) {
        CampaignRows.update(store, "update campaign_reply set outcome = ? where id = ?", cut(outcome, 1000), id);
    }

    @Override
    public void release(UUID id, String why) {
        CampaignRows.update(store, "update campaign_reply set status = 'RECOMMENDED', done_at = null, automatic = false,"
                + " outcome = ? where id = ? and status = 'DONE'", cut(why, 1000), id);
    }

    private static CampaignReply row(ResultSet rs) throws SQLException {
        Recommendation a = new Recommendation(ReplyAction.valueOf(rs.getString(14)), rs.getString(15), rs.getString(16),
                CampaignRows.instant(rs, 17), rs.getString(18), rs.getString(19));
        return new CampaignReply(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
                rs.getObject(4, UUID.class), rs.getObject(5, UUID.class),
                new PersonRef(PersonRef.Kind.valueOf(rs.getString(6)), rs.getObject(7, UUID.class)),
                Channel.valueOf(rs.getString(8)), rs.getString(9), CampaignRows.instant(rs, 10), rs.getString(11),
                ReplyIntent.valueOf(rs.getString(12)), rs.getDouble(13), a, CampaignReply.Status.valueOf(rs.getString(20)),
                rs.getBoolean(21), CampaignRows.instant(rs, 22), rs.getString(23));
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
