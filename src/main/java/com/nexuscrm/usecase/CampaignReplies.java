package com.nexuscrm.usecase;

import com.nexuscrm.campaign.CampaignPorts;
import com.nexuscrm.domain.campaign.CampaignReply;
import com.nexuscrm.domain.campaign.PersonRef;
import com.nexuscrm.domain.campaign.RecipientDirectory;
import com.nexuscrm.domain.campaign.ReplyRepository;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The Campaigns screen's Replies tab: one plan's replies, newest first, each with the person's name, and "Do it" (the
 * recommended action of one reply, once: {@link ActOnReply#doIt}).
 */
public final class CampaignReplies {
    /** A reply and who sent it, in words. */
    public record Line(CampaignReply reply, String person) { }

    private final ReplyRepository replies;
    private final RecipientDirectory recipients;
    private final Function<UUID, CampaignReply> doIt;

    public CampaignReplies(ReplyRepository replies, RecipientDirectory recipients, Function<UUID, CampaignReply> doIt) {
        this.replies = replies;
        this.recipients = recipients;
        this.doIt = doIt;
    }

    /** Over an open workspace; the action's services are built at the first "Do it". */
    public static CampaignReplies over(Workspace workspace, CampaignPorts ports, Clock clock) {
        ActOnReply[] act = new ActOnReply[1];
        return new CampaignReplies(workspace.campaignReplies(), ports.recipients(), id -> {
            synchronized (act) {
                if (act[0] == null) {
                    act[0] = ActOnReply.over(workspace, ports, clock);
                }
            }
            return act[0].doIt(id);
        });
    }

    public List<Line> forPlan(UUID planId) {
        List<CampaignReply> all = replies.forPlan(planId);
        Map<PersonRef, String> names = recipients.names(all.stream().map(CampaignReply::person).distinct().toList());
        return all.stream().map(r -> new Line(r, names.getOrDefault(r.person(), r.from() == null ? "(removed)" : r.from())))
                .toList();
    }

    /** Does the reply's recommended action (nothing when it was done already); the reply as it is now. */
    public CampaignReply doIt(UUID replyId) {
        return doIt.apply(replyId);
    }
}
