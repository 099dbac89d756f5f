package com.nexuscrm.ui.campaigns;

import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.EnrolmentCounts;
import com.nexuscrm.usecase.CampaignResults.Summary;
import java.util.UUID;
import java.util.stream.Collectors;

/** One line of the campaigns list: counts as numbers (the table sorts them), the reply rate as a share or null. */
public record CampaignRow(UUID planId, String name, String status, String channels, int steps, int enrolled, int active,
                          int replied, int bounced, int unsubscribed, Double replyRate, String goal) {
    static CampaignRow of(Summary s) {
        EnrolmentCounts c = s.counts();
        return new CampaignRow(s.plan().id(), s.plan().name(), s.status().label(),
                s.channels().stream().map(Channel::label).collect(Collectors.joining(", ")), s.plan().steps().size(),
                c.enrolled(), c.active(), c.replied(), c.bounced(), c.unsubscribed(), s.replyRate(), s.plan().goal());
    }
}
