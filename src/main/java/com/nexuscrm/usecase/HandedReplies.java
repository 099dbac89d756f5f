package com.nexuscrm.usecase;

import com.nexuscrm.campaign.CampaignPorts;
import com.nexuscrm.campaign.InboundMail;
import com.nexuscrm.campaign.ReplyListener;
import com.nexuscrm.domain.campaign.ScheduledTouch;
import com.nexuscrm.protocol.CampaignHandover;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The replies a linked workstation's hand-over brings back: the team server read them from the team's campaign
 * mailbox (and already ended the enrolment and cancelled its touches there); here each goes to the same next best
 * action a standalone workstation runs ({@link ActOnReply}: classified, recommended, and done when Settings ▸ Campaigns
 * allows it). ActOnReply keeps each reply once under the server's key, so a reply mirrored again is not acted on twice.
 * A reply to a touch this workstation does not have (another workstation's enrolment) is left to that workstation.
 */
final class HandedReplies {
    private static final Logger LOG = LoggerFactory.getLogger(HandedReplies.class);

    private final CampaignPorts ports;
    private final Supplier<ReplyListener> listener;
    private ReplyListener built;

    /** Over an open workspace: the next best action is built at the first reply. */
    HandedReplies(Workspace workspace, CampaignPorts ports, Clock clock) {
        this(ports, () -> ActOnReply.over(workspace, ports, clock));
    }

    HandedReplies(CampaignPorts ports, Supplier<ReplyListener> listener) {
        this.ports = ports;
        this.listener = listener;
    }

    /** Acts on each reply whose touch is here; how many were. */
    synchronized int act(List<CampaignHandover.Reply> replies) {
        int acted = 0;
        for (CampaignHandover.Reply r : replies) {
            Optional<ScheduledTouch> touch = ports.touches().find(r.touchId())
                    .filter(t -> t.enrolmentId().equals(r.enrolmentId()));
            if (touch.isEmpty()) {
                LOG.debug("Reply {} is to touch {}, which this workstation does not have", r.key(), r.touchId());
                continue;
            }
            if (built == null) {
                built = listener.get();
            }
            built.replied(touch.get(), new InboundMail(InboundMail.Kind.REPLY, r.from(), List.of(), null, null, r.key(),
                    r.text(), r.receivedAt(), r.subject()));
            acted++;
        }
        return acted;
    }
}
