package com.nexuscrm.storage;

import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.Consent;
import com.nexuscrm.domain.campaign.ContactPolicy;
import com.nexuscrm.domain.campaign.Suppression;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The suppression list (an entry already there is not added twice) and consents in the local {@code campaign_suppression} and {@code campaign_consent} tables (V20). */
public final class StoredContactPolicy implements ContactPolicy {
    private final WorkspaceStore store;

    public StoredContactPolicy(WorkspaceStore store) {
        this.store = store;
    }

    @Override
    public void suppress(Suppression s) {
        String channel = s.channel() == null ? null : s.channel().name();
        CampaignRows.update(store, "insert into campaign_suppression(id, person_id, address, channel, reason, source, created_at)"
                + " select ?,?,?,?,?,?,? where not exists (select 1 from campaign_suppression where person_id is not distinct"
                + " from ? and address is not distinct from ? and channel is not distinct from ? and reason = ?)",
                s.id(), s.personId(), s.address(), channel, s.reason().name(), s.source(), s.at(),
                s.personId(), s.address(), channel, s.reason().name());
    }

    @Override
    public void recordConsent(Consent c) {
        CampaignRows.update(store, "insert into campaign_consent(id, person_id, channel, granted, source, recorded_at)"
                + " values (?,?,?,?,?,?)", Ids.newId(), c.personId(), c.channel().name(), c.granted(), c.source(), c.at());
    }

    @Override
    public Optional<Consent> consent(UUID personId, Channel channel) {
        if (personId == null) {
            return Optional.empty();
        }
        return CampaignRows.list(store, "select granted, source, recorded_at from campaign_consent where person_id = ?"
                + " and channel = ? order by recorded_at desc limit 1", rs -> new Consent(personId, channel, rs.getBoolean(1),
                rs.getString(2), CampaignRows.instant(rs, 3)), personId, channel.name()).stream().findFirst();
    }

    @Override
    public List<Suppression> suppressions(UUID personId, String address) {
        return CampaignRows.list(store, "select id, person_id, address, channel, reason, source, created_at"
                + " from campaign_suppression where person_id = ? or address = ? order by created_at, id",
                StoredContactPolicy::row, personId, Suppression.normalise(address));
    }

    /** Every suppression entry, oldest first (what a linked workstation hands to the team server). */
    public List<Suppression> all() {
        return CampaignRows.list(store, "select id, person_id, address, channel, reason, source, created_at"
                + " from campaign_suppression order by created_at, id", StoredContactPolicy::row);
    }

    /** Every consent and withdrawal recorded, oldest first. */
    public List<Consent> consents() {
        return CampaignRows.list(store, "select person_id, channel, granted, source, recorded_at from campaign_consent"
                + " order by recorded_at, id", rs -> new Consent(rs.getObject(1, UUID.class), Channel.valueOf(rs.getString(2)),
                rs.getBoolean(3), rs.getString(4), CampaignRows.instant(rs, 5)));
    }

    private static Suppression row(ResultSet rs) throws SQLException {
        String channel = rs.getString(4);
        return new Suppression(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                channel == null ? null : Channel.valueOf(channel), Suppression.Reason.valueOf(rs.getString(5)),
                rs.getString(6), CampaignRows.instant(rs, 7));
    }
}
