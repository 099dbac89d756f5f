package com.nexuscrm.server.campaign;

import com.nexuscrm.domain.campaign.Enrolment;
import com.nexuscrm.domain.campaign.EnrolmentStatus;
import com.nexuscrm.domain.campaign.ExitReason;
import com.nexuscrm.protocol.CampaignHandover.HandedEnrolment;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Paused enrolments on the team server. A workstation's next best action pauses an enrolment until a date (an
 * out-of-office reply) and hands it over PAUSED with that date; the server then pauses its own (running, or exited by
 * the reply the server read), holds its waiting touches until the date, and its runner resumes it then, its later
 * steps moved on by the time it was paused (as a standalone workstation does). A pause whose date has passed is not
 * applied again, so a workstation that still shows it paused cannot pause it twice.
 */
final class ServerPauses {
    private ServerPauses() { }

    /** Applies a handed-over pause to the server's enrolment; true when it changed. */
    static boolean apply(Connection c, UUID team, Enrolment server, HandedEnrolment h, Instant now) throws SQLException {
        Instant until = h.resumeAt();
        if (until == null || !until.isAfter(now)) {
            return false;
        }
        Instant pausedAt = h.pausedAt() == null || h.pausedAt().isAfter(now) ? now : h.pausedAt();
        boolean changed;
        if (server.status() == EnrolmentStatus.PAUSED) {
            changed = TeamRows.update(c, "update campaign_enrolment set resume_at = ?, updated_at = ?, change_seq = "
                    + TeamEnrolments.NEXT_SEQ + " where id = ? and team_id = ? and status = 'PAUSED' and (resume_at is null"
                    + " or resume_at <> ?)",
                    until, now, server.id(), team, until) == 1;
        } else {
            changed = pause(c, team, server.id(), pausedAt, until, now);
        }
        if (changed) {
            hold(c, team, server.id(), until, "paused until " + until + " by a workstation's next best action");
        }
        return changed;
    }

    /** Pauses a running enrolment, or one a reply ended, until {@code until}; true when it did. */
    static boolean pause(Connection c, UUID team, UUID id, Instant pausedAt, Instant until, Instant now) throws SQLException {
        return TeamRows.update(c, "update campaign_enrolment set status = 'PAUSED', exit_reason = null, paused_at = ?,"
                + " resume_at = ?, updated_at = ?, change_seq = " + TeamEnrolments.NEXT_SEQ + " where id = ? and team_id = ?"
                + " and (status = 'ACTIVE' or status = 'EXITED' and exit_reason = 'REPLIED')", pausedAt, until, now, id,
                team) == 1;
    }

    /** The enrolment's waiting touches, and those the reply cancelled, wait until {@code until}. */
    static int hold(Connection c, UUID team, UUID enrolmentId, Instant until, String why) throws SQLException {
        return TeamRows.update(c, "update campaign_touch set status = 'PENDING', next_attempt_at = ?, last_error = ?,"
                + " change_seq = " + TeamEnrolments.NEXT_SEQ + " where enrolment_id = ? and team_id = ? and (status ="
                + " 'PENDING' or status = 'CANCELLED' and last_error = ?)", until, why, enrolmentId, team,
                ExitReason.REPLIED.cancelReason());
    }

    /** Resumes the team's enrolments whose date has come, each moved on by its pause; the ones resumed. */
    static List<UUID> resumeDue(Connection c, UUID team, Instant now) throws SQLException {
        record Due(UUID id, Instant enrolledAt, Instant pausedAt, Instant resumeAt) { }
        List<Due> due = TeamRows.list(c, "select id, enrolled_at, paused_at, resume_at from campaign_enrolment"
                + " where team_id = ? and status = 'PAUSED' and resume_at <= ? order by resume_at, id",
                rs -> new Due(rs.getObject(1, UUID.class), TeamRows.instant(rs, 2), TeamRows.instant(rs, 3),
                        TeamRows.instant(rs, 4)), team, now);
        List<UUID> resumed = new ArrayList<>();
        for (Due d : due) {
            Duration paused = d.pausedAt() == null || d.pausedAt().isAfter(d.resumeAt()) ? Duration.ZERO
                    : Duration.between(d.pausedAt(), d.resumeAt());
            if (TeamRows.update(c, "update campaign_enrolment set status = 'ACTIVE', enrolled_at = ?, paused_at = null,"
                    + " resume_at = null, updated_at = ?, change_seq = " + TeamEnrolments.NEXT_SEQ + " where id = ?"
                    + " and team_id = ? and status = 'PAUSED'", d.enrolledAt().plus(paused), now, d.id(), team) == 1) {
                resumed.add(d.id());
            }
        }
        return resumed;
    }
}
