package com.nexuscrm.server.campaign;

import com.nexuscrm.domain.campaign.PersonRef;
import com.nexuscrm.domain.campaign.Recipient;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The recipients of one team's campaigns as the workstations handed them over with their enrolments: the server has
 * no lead or contact tables of its own for campaigns, so the newest handed-over data of the person is used.
 */
final class TeamRecipients implements com.nexuscrm.domain.campaign.RecipientDirectory {
    private final DataSource ds;
    private final UUID team;

    TeamRecipients(DataSource ds, UUID team) {
        this.ds = ds;
        this.team = team;
    }

    private static final String COLUMNS = "select person_kind, person_id, first_name, last_name, company, title, email,"
            + " phone, city, country, zone, score, stage from campaign_enrolment";

    @Override
    public Optional<Recipient> find(PersonRef person) {
        return TeamRows.list(ds, COLUMNS + " where team_id = ? and person_id = ? and person_kind = ?"
                + " order by updated_at desc, id limit 1", TeamRecipients::row, team, person.id(), person.kind().name())
                .stream().findFirst();
    }

    /** In one read of the team's enrolments (the newest data of each person wins, as in {@link #find}). */
    @Override
    public Map<PersonRef, Recipient> findAll(Collection<PersonRef> people) {
        Set<PersonRef> wanted = new HashSet<>(people);
        Map<PersonRef, Recipient> found = new HashMap<>();
        for (Recipient r : TeamRows.list(ds, COLUMNS + " where team_id = ? order by updated_at, id", TeamRecipients::row, team)) {
            if (wanted.contains(r.ref())) {
                found.put(r.ref(), r);
            }
        }
        return found;
    }

    private static Recipient row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Recipient(new PersonRef(PersonRef.Kind.valueOf(rs.getString(1)), rs.getObject(2, UUID.class)),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getString(9), rs.getString(10), ZoneId.of(rs.getString(11)), (Integer) rs.getObject(12), rs.getString(13));
    }
}
