package com.nexuscrm.server.campaign;

import com.nexuscrm.domain.campaign.PersonRef;
import com.nexuscrm.domain.campaign.Recipient;
import java.time.ZoneId;
import java.util.Optional;
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

    @Override
    public Optional<Recipient> find(PersonRef person) {
        return TeamRows.list(ds, "select first_name, last_name, company, title, email, phone, city, country, zone, score,"
                + " stage from campaign_enrolment where team_id = ? and person_id = ? and person_kind = ?"
                + " order by updated_at desc, id limit 1", rs -> new Recipient(person, rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                ZoneId.of(rs.getString(9)), (Integer) rs.getObject(10), rs.getString(11)),
                team, person.id(), person.kind().name()).stream().findFirst();
    }
}
