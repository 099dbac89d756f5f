package com.nexuscrm.storage;

import com.nexuscrm.domain.Contact;
import com.nexuscrm.domain.Hlc;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.RecordRepository;
import com.nexuscrm.domain.ValidationException;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.Consent;
import com.nexuscrm.domain.campaign.ContactPolicy;
import com.nexuscrm.domain.campaign.Suppression;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The suppression list (an entry already there is not added twice) and consents in the local {@code campaign_suppression}
 * and {@code campaign_consent} tables (V20), and the leads' and contacts' synced "do not contact" flag (V25).
 */
public final class StoredContactPolicy implements ContactPolicy {
    private static final Logger LOG = LoggerFactory.getLogger(StoredContactPolicy.class);
    private final WorkspaceStore store;

    public StoredContactPolicy(WorkspaceStore store) {
        this.store = store;
    }

    /**
     * Adds the entry; one on every channel for a known person that is not a bounce (an unsubscribe, a complaint, do
     * not contact) also sets the lead's or contact's synced "do not contact" flag, so the team's other workstations and
     * the team server stop too with the next sync round (which a local change starts within seconds).
     */
    @Override
    public void suppress(Suppression s) {
        if (s.channel() == null && s.personId() != null && s.reason() != Suppression.Reason.BOUNCED) {
            flag(s.personId());
        }
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
    public void recordConsents(List<Consent> consents) {
        store.inJdbcTransaction(c -> {
            try (PreparedStatement insert = c.prepareStatement("insert into campaign_consent(id, person_id, channel,"
                    + " granted, source, recorded_at) values (?,?,?,?,?,?)")) {
                for (Consent consent : consents) {
                    insert.setObject(1, Ids.newId());
                    insert.setObject(2, consent.personId());
                    insert.setString(3, consent.channel().name());
                    insert.setBoolean(4, consent.granted());
                    insert.setString(5, consent.source());
                    insert.setTimestamp(6, Timestamp.from(consent.at()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
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

    /** The person's or address's entries, then the record's own "do not contact" flag as an every-channel entry. */
    @Override
    public List<Suppression> suppressions(UUID personId, String address) {
        List<Suppression> found = new ArrayList<>(CampaignRows.list(store, "select id, person_id, address, channel, reason, source, created_at"
                + " from campaign_suppression where person_id = ? or address = ? order by created_at, id",
                StoredContactPolicy::row, personId, Suppression.normalise(address)));
        if (personId != null) {
            found.addAll(CampaignRows.list(store, "select 'lead', updated_at from lead where id = ? and do_not_contact"
                    + " union all select 'contact', updated_at from contact where id = ? and do_not_contact",
                    rs -> new Suppression(UUID.nameUUIDFromBytes(("do-not-contact:" + personId).getBytes(StandardCharsets.UTF_8)),
                            personId, null, null, Suppression.Reason.DO_NOT_CONTACT, "the " + rs.getString(1)
                            + "'s Do not contact flag", Instant.ofEpochMilli(Hlc.millisOf(rs.getLong(2)))), personId, personId));
        }
        return found;
    }

    private void flag(UUID personId) {
        Optional<Lead> lead = store.leads().find(personId);
        try {
            if (lead.isPresent()) {
                if (!lead.get().isDoNotContact()) {
                    lead.get().setDoNotContact(true);
                    store.leads().save(lead.get());
                }
                return;
            }
            RecordRepository<Contact> contacts = store.repository(Contact.class);
            contacts.find(personId).filter(c -> !c.isDoNotContact()).ifPresent(c -> {
                c.setDoNotContact(true);
                contacts.save(c);
            });
        } catch (ValidationException e) {
            LOG.warn("The suppression is kept, but the record's Do not contact flag could not be saved: {}", e.getMessage());
        }
    }

    private static Suppression row(ResultSet rs) throws SQLException {
        String channel = rs.getString(4);
        return new Suppression(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                channel == null ? null : Channel.valueOf(channel), Suppression.Reason.valueOf(rs.getString(5)),
                rs.getString(6), CampaignRows.instant(rs, 7));
    }
}
