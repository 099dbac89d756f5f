package com.nexuscrm.server.campaign;

import com.nexuscrm.campaign.InboundMail;
import com.nexuscrm.campaign.ReplyListener;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.campaign.ScheduledTouch;
import com.nexuscrm.protocol.CampaignHandover;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The replies the team server read from a team's campaign mailbox ({@code campaign_reply}, V8), kept once per team
 * under the key the workstation's next best action uses (the mail's Message-ID, else the touch and the text's hash),
 * so a mail read twice is kept once; each takes the next {@code change_seq}, and the hand-over's answer mirrors them
 * ({@link HandoverChanges}). Told of each reply by the server's {@code InboundHandler} after the touch was marked
 * replied and the enrolment exited.
 */
final class ServerReplies implements ReplyListener {
    /** Most replies one hand-over answer carries (each up to {@link CampaignHandover#REPLY_TEXT} characters). */
    static final int PAGE = 200;
    /** The replies of a team after a cursor, oldest change first: the reply's columns, then {@code change_seq} (8). */
    static final String AFTER = "select reply_key, touch_id, enrolment_id, from_address, subject, body_text, received_at,"
            + " change_seq from campaign_reply where team_id = ? and change_seq > ? order by change_seq limit ?";
    private static final int FROM_LENGTH = 320;
    private static final int SUBJECT_LENGTH = 400;
    private static final int KEY_LENGTH = 400;

    private final DataSource ds;
    private final UUID team;
    private final Clock clock;

    ServerReplies(DataSource ds, UUID team, Clock clock) {
        this.ds = ds;
        this.team = team;
        this.clock = clock;
    }

    /** The key of a reply: the same one {@code usecase.ActOnReply} stores it under on a workstation. */
    static String key(ScheduledTouch touch, InboundMail reply) {
        return reply.messageId() != null ? reply.messageId()
                : "touch:" + touch.id() + ":" + UUID.nameUUIDFromBytes(reply.text().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void replied(ScheduledTouch touch, InboundMail reply) {
        String key = key(touch, reply);
        if (key.length() > KEY_LENGTH) {
            key = "touch:" + touch.id() + ":" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
        }
        Instant now = clock.instant();
        Instant received = reply.receivedAt() == null || reply.receivedAt().isAfter(now) ? now : reply.receivedAt();
        try {
            TeamRows.update(ds, "insert into campaign_reply(id, team_id, reply_key, touch_id, enrolment_id, from_address,"
                    + " subject, body_text, received_at, change_seq) select ?,?,?,?,?,?,?,?,?," + TeamEnrolments.NEXT_SEQ
                    + " where not exists (select 1 from campaign_reply where team_id = ? and reply_key = ?)"
                    + " and exists (select 1 from campaign_touch where id = ? and team_id = ?)", Ids.newId(), team, key,
                    touch.id(), touch.enrolmentId(), cut(reply.from(), FROM_LENGTH), cut(reply.subject(), SUBJECT_LENGTH),
                    cut(reply.text(), CampaignHandover.REPLY_TEXT), received, team, key, touch.id(), team);
        } catch (IllegalStateException e) {
            if (!(e.getCause() instanceof SQLException sql && "23505".equals(sql.getSQLState()))) {
                throw e; // 23505: another instance kept the same reply between our check and our insert
            }
        }
    }

    static CampaignHandover.Reply row(ResultSet rs) throws SQLException {
        return new CampaignHandover.Reply(rs.getString(1), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                rs.getString(4), rs.getString(5), rs.getString(6), TeamRows.instant(rs, 7));
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
