package com.nexuscrm.server;

import com.nexuscrm.protocol.EngagementEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Opens and clicks per team, touch and kind ({@code tracking_event}, server schema 7). A repeat adds a hit to the
 * existing row; a first one takes the team's next {@code seq} under the {@code tracking_counter} row lock, held to the
 * commit, so a team's rows become visible in seq order and a puller's cursor never passes one still being written.
 */
final class TrackingStore {
    private static final int ATTEMPTS = 3;

    private final DataSource db;

    TrackingStore(DataSource db) {
        this.db = db;
    }

    /** Counts one open or click; two first hits at once make one row with two hits. */
    void record(TrackingTokens.Claim claim, Instant at) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try (Connection c = db.getConnection()) {
                c.setAutoCommit(false);
                try {
                    if (bump(c, claim, at) == 0) {
                        insert(c, claim, nextSeq(c, claim.team()), at);
                    }
                    markTouch(c, claim, at);
                    c.commit();
                    return;
                } catch (SQLException e) {
                    c.rollback();
                    if (!"23505".equals(e.getSQLState()) || attempt == ATTEMPTS) {
                        throw e;
                    }
                    // another request made the row (or the team's counter) first: count on theirs
                } finally {
                    c.setAutoCommit(true);
                }
            }
        }
    }

    /**
     * A touch the server sent itself (server V6's {@code campaign_touch}) gets its first open or click time, so the
     * server's own step conditions ("opened previous", "clicked") see it; a workstation's touch is not there (no row).
     */
    private static void markTouch(Connection c, TrackingTokens.Claim claim, Instant at) throws SQLException {
        String set = claim.kind() == TrackingTokens.Kind.OPEN ? "opened_at = coalesce(opened_at, ?)"
                : "clicked_at = coalesce(clicked_at, ?), opened_at = coalesce(opened_at, ?)";
        try (PreparedStatement u = c.prepareStatement("update campaign_touch set " + set + " where id = ? and team_id = ?")) {
            int i = 1;
            u.setTimestamp(i++, java.sql.Timestamp.from(at));
            if (claim.kind() == TrackingTokens.Kind.CLICK) {
                u.setTimestamp(i++, java.sql.Timestamp.from(at));
            }
            u.setObject(i++, claim.touch());
            u.setObject(i, claim.team());
            u.executeUpdate();
        }
    }

    /** The team's rows after {@code since} in seq order, at most {@code limit}. */
    List<EngagementEvent> since(UUID team, long since, int limit) throws SQLException {
        List<EngagementEvent> events = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement q = c.prepareStatement("select touch_id, kind, first_at,"
                + " last_at, hits, seq from tracking_event where team_id = ? and seq > ? order by seq limit ?")) {
            q.setObject(1, team);
            q.setLong(2, since);
            q.setInt(3, limit);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    events.add(new EngagementEvent(rs.getObject(1, UUID.class), rs.getString(2), instant(rs, 3),
                            instant(rs, 4), rs.getLong(5), rs.getLong(6)));
                }
            }
        }
        return events;
    }

    /** How many rows and hits the team has (tests: a replay counts, it does not add a row). */
    long[] totals(UUID team) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement q = c.prepareStatement(
                "select count(*), coalesce(sum(hits), 0) from tracking_event where team_id = ?")) {
            q.setObject(1, team);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        }
    }

    private static int bump(Connection c, TrackingTokens.Claim claim, Instant at) throws SQLException {
        try (PreparedStatement u = c.prepareStatement("update tracking_event set hits = hits + 1, last_at = ?"
                + " where team_id = ? and touch_id = ? and kind = ?")) {
            u.setObject(1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            u.setObject(2, claim.team());
            u.setObject(3, claim.touch());
            u.setString(4, claim.kind().name());
            return u.executeUpdate();
        }
    }

    private static long nextSeq(Connection c, UUID team) throws SQLException {
        try (PreparedStatement u = c.prepareStatement("update tracking_counter set last_seq = last_seq + 1 where team_id = ?")) {
            u.setObject(1, team);
            if (u.executeUpdate() == 0) {
                try (PreparedStatement i = c.prepareStatement("insert into tracking_counter(team_id, last_seq) values (?, 1)")) {
                    i.setObject(1, team);
                    i.executeUpdate();
                }
                return 1;
            }
        }
        try (PreparedStatement q = c.prepareStatement("select last_seq from tracking_counter where team_id = ?")) {
            q.setObject(1, team);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void insert(Connection c, TrackingTokens.Claim claim, long seq, Instant at) throws SQLException {
        try (PreparedStatement i = c.prepareStatement("insert into tracking_event(team_id, touch_id, kind, seq, first_at,"
                + " last_at, hits) values (?, ?, ?, ?, ?, ?, 1)")) {
            i.setObject(1, claim.team());
            i.setObject(2, claim.touch());
            i.setString(3, claim.kind().name());
            i.setLong(4, seq);
            i.setObject(5, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            i.setObject(6, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            i.executeUpdate();
        }
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
