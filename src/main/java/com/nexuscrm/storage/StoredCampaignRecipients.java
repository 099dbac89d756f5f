package com.nexuscrm.storage;

import com.nexuscrm.domain.campaign.PersonRef;
import com.nexuscrm.domain.campaign.Recipient;
import com.nexuscrm.domain.campaign.RecipientDirectory;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Leads and contacts as campaign recipients, read from {@code lead} (with {@code lead_score}) and {@code contact}
 * (with its account's name). Records hold no time zone yet: the country picks one (its main business zone), else
 * the fallback.
 */
public final class StoredCampaignRecipients implements RecipientDirectory {
    private static final Map<String, String> ZONES = Map.ofEntries(Map.entry("US", "America/New_York"),
            Map.entry("USA", "America/New_York"), Map.entry("UNITED STATES", "America/New_York"),
            Map.entry("CA", "America/Toronto"), Map.entry("CANADA", "America/Toronto"), Map.entry("GB", "Europe/London"),
            Map.entry("UK", "Europe/London"), Map.entry("UNITED KINGDOM", "Europe/London"), Map.entry("DE", "Europe/Berlin"),
            Map.entry("GERMANY", "Europe/Berlin"), Map.entry("FR", "Europe/Paris"), Map.entry("FRANCE", "Europe/Paris"),
            Map.entry("NL", "Europe/Amsterdam"), Map.entry("NETHERLANDS", "Europe/Amsterdam"),
            Map.entry("AU", "Australia/Sydney"), Map.entry("AUSTRALIA", "Australia/Sydney"), Map.entry("JP", "Asia/Tokyo"),
            Map.entry("JAPAN", "Asia/Tokyo"), Map.entry("IN", "Asia/Kolkata"), Map.entry("INDIA", "Asia/Kolkata"));
    private static final String LEAD = "select l.first_name, l.last_name, l.company, l.title, l.email, l.phone, l.city,"
            + " l.country, s.score, l.status from lead l left join lead_score s on s.lead_id = l.id"
            + " where l.id = ? and l.deleted = false";
    private static final String CONTACT = "select c.first_name, c.last_name, a.name, c.title, c.email, c.phone,"
            + " null, null, null, null from contact c left join account a on a.id = c.account_id"
            + " where c.id = ? and c.deleted = false";

    private final WorkspaceStore store;
    private final ZoneId fallback;

    public StoredCampaignRecipients(WorkspaceStore store, ZoneId fallback) {
        this.store = store;
        this.fallback = fallback;
    }

    @Override
    public Optional<Recipient> find(PersonRef person) {
        String sql = person.kind() == PersonRef.Kind.LEAD ? LEAD : CONTACT;
        return CampaignRows.list(store, sql, rs -> row(person, rs), person.id()).stream().findFirst();
    }

    /** Names in bulk: one query per kind and 500 people. */
    @Override
    public Map<PersonRef, String> names(Collection<PersonRef> people) {
        Map<PersonRef, String> names = new HashMap<>();
        for (PersonRef.Kind kind : PersonRef.Kind.values()) {
            List<PersonRef> ofKind = people.stream().filter(p -> p.kind() == kind).distinct().toList();
            String sql = kind == PersonRef.Kind.LEAD ? "select id, first_name, last_name, company from lead where deleted = false"
                    : "select c.id, c.first_name, c.last_name, a.name from contact c left join account a on a.id = c.account_id"
                    + " where c.deleted = false";
            String idColumn = kind == PersonRef.Kind.LEAD ? "id" : "c.id";
            for (int from = 0; from < ofKind.size(); from += 500) {
                List<PersonRef> chunk = ofKind.subList(from, Math.min(ofKind.size(), from + 500));
                Object[] ids = chunk.stream().map(PersonRef::id).toArray();
                String in = " and " + idColumn + " in (" + String.join(",", java.util.Collections.nCopies(ids.length, "?")) + ")";
                CampaignRows.list(store, sql + in, rs -> {
                    String full = ((rs.getString(2) == null ? "" : rs.getString(2)) + " "
                            + (rs.getString(3) == null ? "" : rs.getString(3))).strip();
                    names.put(new PersonRef(kind, rs.getObject(1, java.util.UUID.class)), RecipientDirectory.label(full, rs.getString(4)));
                    return null;
                }, ids);
            }
        }
        return names;
    }

    /** Segments in bulk: one query per 500 leads (source and score band); contacts are in source CONTACT. */
    @Override
    public Map<PersonRef, com.nexuscrm.domain.campaign.Segment> segments(Collection<PersonRef> people) {
        Map<PersonRef, com.nexuscrm.domain.campaign.Segment> segments = new HashMap<>();
        List<PersonRef> leads = people.stream().filter(p -> p.kind() == PersonRef.Kind.LEAD).distinct().toList();
        for (int from = 0; from < leads.size(); from += 500) {
            Object[] ids = leads.subList(from, Math.min(leads.size(), from + 500)).stream().map(PersonRef::id).toArray();
            CampaignRows.list(store, "select l.id, l.source, s.score from lead l left join lead_score s on s.lead_id = l.id"
                    + " where l.deleted = false and l.id in (" + String.join(",", java.util.Collections.nCopies(ids.length, "?"))
                    + ")", rs -> {
                        Object score = rs.getObject(3);
                        segments.put(PersonRef.lead(rs.getObject(1, java.util.UUID.class)), RecipientDirectory.segment(
                                rs.getString(2), score == null ? null : ((Number) score).intValue()));
                        return null;
                    }, ids);
        }
        people.stream().filter(p -> p.kind() == PersonRef.Kind.CONTACT)
                .forEach(p -> segments.put(p, RecipientDirectory.segment("CONTACT", null)));
        return segments;
    }

    private Recipient row(PersonRef person, ResultSet rs) throws SQLException {
        String country = rs.getString(8);
        Object score = rs.getObject(9);
        return new Recipient(person, rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), country, zone(country), score == null ? null : ((Number) score).intValue(),
                rs.getString(10));
    }

    /** The zone for a country name or code; the fallback for none or an unknown one. */
    ZoneId zone(String country) {
        String zone = country == null ? null : ZONES.get(country.strip().toUpperCase(Locale.ROOT));
        return zone == null ? fallback : ZoneId.of(zone);
    }
}
