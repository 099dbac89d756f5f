package com.nexuscrm.server.campaign;

import com.nexuscrm.domain.campaign.CampaignTask;
import com.nexuscrm.domain.campaign.EnrolmentStatus;
import com.nexuscrm.domain.campaign.ExitReason;
import com.nexuscrm.domain.campaign.ScheduledTouch;
import com.nexuscrm.domain.campaign.Suppression;
import com.nexuscrm.protocol.CampaignHandover.EnrolmentState;
import com.nexuscrm.protocol.CampaignHandover.Reply;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * A team's touch and enrolment changes after a cursor, the replies the server read ({@link ServerReplies}), the
 * suppressions the server made and the tasks due of its voice and LinkedIn steps (V9), at most {@link #PAGE} of each
 * kind (replies: {@link ServerReplies#PAGE}): all take their {@code change_seq} from one sequence, so the next cursor
 * is the highest one answered, or, when a kind filled its
 * page, the last of that page (the other kind's later changes come again next time; mirroring them is idempotent).
 */
final class HandoverChanges {
    static final int PAGE = 2_000;

    /** One page of changes and the cursor after it. */
    record Page(List<ScheduledTouch> touches, List<EnrolmentState> enrolments, List<Reply> replies,
                List<Suppression> suppressions, List<CampaignTask> tasks, long cursor) { }

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
        List<Seq<Suppression>> suppressions = TeamContactPolicy.after(c, team, cursor, PAGE).stream()
                .map(s -> new Seq<>(s.suppression(), s.seq())).toList();
        List<Seq<CampaignTask>> tasks = TeamTaskDue.after(c, team, cursor, PAGE).stream()
                .map(t -> new Seq<>(t.task(), t.seq())).toList();
        long limit = Math.min(Math.min(Math.min(bound(touches, PAGE), bound(enrolments, PAGE)),
                Math.min(bound(suppressions, PAGE), bound(tasks, PAGE))), bound(replies, ServerReplies.PAGE));
        long next = Math.max(Math.max(Math.max(cursor, last(replies, limit)), Math.max(last(touches, limit),
                last(enrolments, limit))), Math.max(last(suppressions, limit), last(tasks, limit)));
        return new Page(upTo(touches, limit), upTo(enrolments, limit), upTo(replies, limit), upTo(suppressions, limit),
                upTo(tasks, limit), next);
    }

    /** The last sequence number of a full page (later changes of other kinds wait for it), else no bound. */
    private static long bound(List<? extends Seq<?>> rows, int page) {
        return rows.size() == page ? rows.get(page - 1).seq() : Long.MAX_VALUE;
    }

    private static <T> List<T> upTo(List<Seq<T>> rows, long limit) {
        return rows.stream().filter(s -> s.seq() <= limit).map(Seq::value).toList();
    }

    private static long last(List<? extends Seq<?>> rows, long limit) {
        return rows.stream().mapToLong(Seq::seq).filter(s -> s <= limit).max().orElse(0);
    }
}
