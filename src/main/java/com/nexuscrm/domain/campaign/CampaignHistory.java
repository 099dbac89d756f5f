package com.nexuscrm.domain.campaign;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A campaign as it has run so far: its plan, its enrolments, the touches made (sent or not yet) and when a touch got
 * a reply (touch id to time). The sample generator writes its campaigns this way, in one go.
 */
public record CampaignHistory(CampaignPlan plan, List<Enrolment> enrolments, List<ScheduledTouch> touches,
                              Map<UUID, Instant> replies) {
    public CampaignHistory {
        enrolments = List.copyOf(enrolments);
        touches = List.copyOf(touches);
        replies = Map.copyOf(replies);
    }
}
