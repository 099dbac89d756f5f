package com.nexuscrm.server.campaign;

import com.nexuscrm.domain.campaign.EnrolmentStatus;
import com.nexuscrm.domain.campaign.ExitReason;
import com.nexuscrm.domain.campaign.ScheduledTouch;
import com.nexuscrm.protocol.CampaignHandover.EnrolmentState;
import com.nexuscrm.protocol.CampaignHandover.Reply;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * A team's touch and enrolment changes and the replies the server read ({@link ServerReplies}) after a cursor, at most
 * {@link #PAGE} of each kind (replies: {@link ServerReplies#PAGE}): the tables take their
 * {@code change_seq} from one sequence, so the next cursor is the highest one answered, or, when a kind filled its
 * page, the last of that page (the other kind's later changes come again next time; mirroring them is idempotent).
 */
final class HandoverChanges {
    static final int PAGE = 2_000;

    /** One page of changes and the cursor after it. */
    record Page(List<ScheduledTouch> touches, List<EnrolmentState> enrolments, long cursor, List<Reply> replies) { }

    private record Seq<T>(T value, long seq) { }

    private HandoverChanges() { }

    static Page after(Connection c, UUID team, long cursor) throws SQLException {
        List<Seq<ScheduledTouch>> touches = TeamRows.list(c, TeamTouches.COLUMNS.replace(" from ", ", change_seq from ")
                + " where team_id = ? and change_seq > ? order by change_seq limit ?",
                rs -> new Seq<>(TeamTouches.row(rs), rs.getLong(13)), team, cursor, PAGE);
        List<Seq<EnrolmentState>> enrolments = TeamRows.list(c, "select id, current_step, status, exit_reason, change_seq"
                + " from campaign_enrolment where team_id = ? and change_seq > ? order by change_seq limit ?", rs -> {
                    String exit = rs.getString(4);
                    return new Seq<>(new EnrolmentState(rs.getObject(1, UUID.class), rs.getInt(2),
                            EnrolmentStatus.valueOf(rs.getString(3)), exit == null ? null : ExitReason.valueOf(exit)),
                            rs.getLong(5));
                }, team, cursor, PAGE);
        List<Seq<Reply>> replies = TeamRows.list(c, ServerReplies.AFTER, rs -> new Seq<>(ServerReplies.row(rs),
                rs.getLong(8)), team, cursor, ServerReplies.PAGE);
        long bound = replies.size() == ServerReplies.PAGE ? replies.get(ServerReplies.PAGE - 1).seq() : Long.MAX_VALUE;
        if (touches.size() == PAGE) {
            bound = Math.min(bound, touches.get(PAGE - 1).seq());
        }
        if (enrolments.size() == PAGE) {
            bound = Math.min(bound, enrolments.get(PAGE - 1).seq());
        }
        long limit = bound;
        long next = Math.max(Math.max(cursor, last(replies, limit)), Math.max(last(touches, limit), last(enrolments, limit)));
        return new Page(touches.stream().filter(s -> s.seq() <= limit).map(Seq::value).toList(),
                enrolments.stream().filter(s -> s.seq() <= limit).map(Seq::value).toList(), next,
                replies.stream().filter(s -> s.seq() <= limit).map(Seq::value).toList());
    }

    private static long last(List<? extends Seq<?>> rows, long limit) {
        return rows.stream().mapToLong(Seq::seq).filter(s -> s <= limit).max().orElse(0);
    }
}
