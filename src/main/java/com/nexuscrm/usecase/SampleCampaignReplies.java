package com.nexuscrm.usecase;

import com.nexuscrm.campaign.CampaignPorts;
import com.nexuscrm.campaign.InboundHandler;
import com.nexuscrm.campaign.InboundMail;
import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.domain.campaign.CampaignReply;
import com.nexuscrm.domain.campaign.NextBestAction;
import com.nexuscrm.domain.campaign.ReplyAction;
import com.nexuscrm.sample.SampleReply;
import com.nexuscrm.storage.StoredDirectory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/**
 * The sample's campaign replies ({@code SampleWorkspace.campaignReplies}) received by the workspace's own engine, as
 * if read from the mailbox at the sample's reference time: each goes through {@link InboundHandler} (the touch marked
 * replied, the enrolment exited as replied: the sample's history already says so, so nothing changes twice) into
 * {@link ActOnReply}, which classifies the text with the shipped reply classifier and stores the reply with its next
 * best action, recommended only (Settings ▸ Campaigns acts by itself only when turned on). The rep has since done the
 * recommendations that make no new record (pause until the date, stop, do not contact) for replies older than
 * {@link #HANDLED_AFTER}; the newest, and every task or new lead, wait for "Do it" on the Replies tab.
 */
final class SampleCampaignReplies {
    static final Duration HANDLED_AFTER = Duration.ofDays(2);
    private static final Set<ReplyAction> NO_NEW_RECORD = Set.of(ReplyAction.PAUSE, ReplyAction.STOP, ReplyAction.SUPPRESS);

    private SampleCampaignReplies() { }

    /** Receives every reply; how many were stored. */
    static int receive(Workspace workspace, List<SampleReply> replies, Instant reference) {
        if (replies.isEmpty()) {
            return 0;
        }
        Clock clock = Clock.fixed(reference, ZoneOffset.UTC);
        CampaignPorts ports = workspace.campaigns(clock, ZoneOffset.UTC);
        StoredDirectory directory = new StoredDirectory(workspace.store());
        ActOnReply act = new ActOnReply(ports, workspace.campaignReplies(), new LogActivity(workspace, clock), lead -> {
            throw new IllegalStateException("the sample leaves referrals for the rep to act on");
        }, directory::currentUser, () -> false, new NextBestAction(), clock);
        InboundHandler inbound = new InboundHandler(ports, clock, act);
        for (SampleReply r : replies) {
            inbound.handle(new InboundMail(InboundMail.Kind.REPLY, r.from(), List.of(r.inReplyTo()), null, null,
                    r.messageId(), r.text(), r.receivedAt()));
        }
        int stored = 0;
        for (CampaignPlan plan : ports.plans().all()) {
            for (CampaignReply reply : workspace.campaignReplies().forPlan(plan.id())) {
                stored++;
                if (NO_NEW_RECORD.contains(reply.recommendation().action())
                        && reply.receivedAt().isBefore(reference.minus(HANDLED_AFTER))) {
                    act.doIt(reply.id());
                }
            }
        }
        return stored;
    }
}
