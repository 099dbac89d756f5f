package com.nexuscrm.server.campaign;

import com.nexuscrm.domain.campaign.EnrolmentStatus;
import com.nexuscrm.domain.campaign.ExitReason;
import com.nexuscrm.domain.campaign.ScheduledTouch;
import com.nexuscrm.protocol.CampaignHandover.EnrolmentState;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * A team's touch and enrolment changes after a cursor, at most {@link #PAGE} of each kind: both tables take their
 * {@code change_seq} from one sequence, so the next cursor is the highest one answered, or, when a kind filled its
 * page, the last of that page (the other kind's later changes come again next time; mirroring them is idempotent).
 */
final class HandoverChanges {
    static final int PAGE = 2_000;

    /** One page of changes and the cursor after it. */
    record Page(List<ScheduledTouch> touches, List<EnrolmentState> enrolments, long cursor) { }

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
        long bound = Long.MAX_VALUE;
        if (touches.size() == PAGE) {
            bound = touches.get(PAGE - 1).seq();
        }
        if (enrolments.size() == PAGE) {
            bound = Math.min(bound, enrolments.get(PAGE - 1).seq());
        }
        long limit = bound;
        long next = Math.max(cursor, Math.max(last(touches, limit), last(enrolments, limit)));
        return new Page(touches.stream().filter(s -> s.seq() <= limit).map(Seq::value).toList(),
                enrolments.stream().filter(s -> s.seq() <= limit).map(Seq::value).toList(), next);
    }

    private static long last(List<? extends Seq<?>> rows, long limit) {
        return rows.stream().mapToLong(Seq::seq).filter(s -> s <= limit).max().orElse(0);
    }
}
