package com.nexuscrm.storage;

import com.nexuscrm.domain.LeadStatus;
import com.nexuscrm.domain.campaign.EnrolmentSignals;
import com.nexuscrm.domain.routing.RoutingRules;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Rule enrolment's reads: routing's nurture enrolments (the synced {@code enrollment} rows of the "Nurture"
 * {@code campaign} that {@link StoredRouting} writes), the latest meeting of each actively enrolled person and
 * which of them converted.
 */
public final class StoredEnrolmentSignals implements EnrolmentSignals {
    private final WorkspaceStore store;

    public StoredEnrolmentSignals(WorkspaceStore store) {
        this.store = store;
    }

    @Override
    public Set<UUID> nurturedLeads() {
        return new HashSet<>(CampaignRows.list(store, "select distinct e.lead_id from enrollment e join campaign c"
                + " on c.id = e.campaign_id where c.deleted = false and lower(c.name) = ? and e.deleted = false"
                + " and e.lead_id is not null", rs -> rs.getObject(1, UUID.class),
                RoutingRules.NURTURE_CAMPAIGN.toLowerCase()));
    }

    @Override
    public Map<UUID, Instant> latestMeetingsOfEnrolled() {
        Map<UUID, Instant> latest = new HashMap<>();
        for (String column : new String[] {"lead_id", "contact_id"}) {
            CampaignRows.list(store, "select a." + column + ", max(a.occurred_at) from activity a where a.deleted = false"
                    + " and a.type = 'MEETING' and a." + column + " in (select person_id from campaign_enrolment"
                    + " where status = 'ACTIVE') group by a." + column, rs -> {
                        latest.merge(rs.getObject(1, UUID.class), CampaignRows.instant(rs, 2),
                                (a, b) -> a.isAfter(b) ? a : b);
                        return null;
                    });
        }
        return latest;
    }

    @Override
    public Set<UUID> convertedOfEnrolled() {
        return new HashSet<>(CampaignRows.list(store, "select l.id from lead l where l.deleted = false and l.status = ?"
                + " and l.id in (select person_id from campaign_enrolment where status = 'ACTIVE')",
                rs -> rs.getObject(1, UUID.class), LeadStatus.CONVERTED.name()));
    }
}
