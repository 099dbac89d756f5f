package com.nexuscrm.server.campaign;

import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.Consent;
import com.nexuscrm.domain.campaign.ContactPolicy;
import com.nexuscrm.domain.campaign.Suppression;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * One team's suppression list and consents in the server's {@code campaign_suppression} and {@code campaign_consent}
 * tables (V6). Both are added only when not there yet, so a hand-over sent twice adds nothing the second time. An entry
 * the server makes itself ({@link #suppress}: an SMS STOP, an unsubscribe) takes a {@code change_seq} (V9), so the
 * hand-over's answer mirrors it to the workstations ({@link #after}); handed-over entries came from there and keep none.
 */
final class TeamContactPolicy implements ContactPolicy {
    private final DataSource ds;
    private final UUID team;

    TeamContactPolicy(DataSource ds, UUID team) {
        this.ds = ds;
        this.team = team;
    }

    @Override
    public void suppress(Suppression s) {
        TeamRows.with(ds, c -> add(c, s, true));
    }

    /** Adds a handed-over entry unless the team has it (same person, address, channel and reason); true when added. */
    boolean add(Connection c, Suppression s) throws SQLException {
        return add(c, s, false);
    }

    private boolean add(Connection c, Suppression s, boolean mirrored) throws SQLException {
        String channel = s.channel() == null ? null : s.channel().name();
        return TeamRows.update(c, "insert into campaign_suppression(id, team_id, person_id, address, channel, reason, source,"
                + " created_at, change_seq) select ?,?,?,?,?,?,?,?," + (mirrored ? TeamEnrolments.NEXT_SEQ : "cast(null as bigint)")
                + " where not exists (select 1 from campaign_suppression where team_id = ?"
                + " and person_id is not distinct from ? and address is not distinct from ? and channel is not distinct from ?"
                + " and reason = ?)", Ids.newId(), team, s.personId(), s.address(), channel, s.reason().name(), s.source(),
                s.at(), team, s.personId(), s.address(), channel, s.reason().name()) == 1;
    }

    /** One server-made entry of a change page and its sequence number. */
    record Change(Suppression suppression, long seq) { }

    /** The team's server-made entries after {@code cursor}, at most {@code limit}, in change order. */
    static List<Change> after(Connection c, UUID team, long cursor, int limit) throws SQLException {
        return TeamRows.list(c, "select id, person_id, address, channel, reason, source, created_at, change_seq"
                + " from campaign_suppression where team_id = ? and change_seq > ? order by change_seq limit ?",
                rs -> new Change(row(rs), rs.getLong(8)), team, cursor, limit);
    }

    @Override
    public void recordConsent(Consent consent) {
        TeamRows.with(ds, c -> add(c, consent));
    }

    /** Adds the consent unless the team has the same one (person, channel, granted, date); true when added. */
    boolean add(Connection c, Consent k) throws SQLException {
        return TeamRows.update(c, "insert into campaign_consent(id, team_id, person_id, channel, granted, source, recorded_at)"
                + " select ?,?,?,?,?,?,? where not exists (select 1 from campaign_consent where team_id = ? and person_id = ?"
                + " and channel = ? and granted = ? and recorded_at = ?)", Ids.newId(), team, k.personId(), k.channel().name(),
                k.granted(), k.source(), k.at(), team, k.personId(), k.channel().name(), k.granted(), k.at()) == 1;
    }

    @Override
    public Optional<Consent> consent(UUID personId, Channel channel) {
        if (personId == null) {
            return Optional.empty();
        }
        return TeamRows.list(ds, "select granted, source, recorded_at from campaign_consent where team_id = ? and person_id = ?"
                + " and channel = ? order by recorded_at desc limit 1", rs -> new Consent(personId, channel, rs.getBoolean(1),
                rs.getString(2), TeamRows.instant(rs, 3)), team, personId, channel.name()).stream().findFirst();
    }

    @Override
    public List<Suppression> suppressions(UUID personId, String address) {
        return TeamRows.list(ds, "select id, person_id, address, channel, reason, source, created_at from campaign_suppression"
                + " where team_id = ? and (person_id = ? or address = ?) order by created_at, id", TeamContactPolicy::row,
                team, personId, Suppression.normalise(address));
    }

    private static Suppression row(java.sql.ResultSet rs) throws SQLException {
        String channel = rs.getString(4);
        return new Suppression(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                channel == null ? null : Channel.valueOf(channel), Suppression.Reason.valueOf(rs.getString(5)),
                rs.getString(6), TeamRows.instant(rs, 7));
    }
}
