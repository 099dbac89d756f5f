package com.nexuscrm.campaign;

import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.domain.campaign.CampaignTask;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.Enrolment;
import com.nexuscrm.domain.campaign.Recipient;
import com.nexuscrm.domain.campaign.ScheduledTouch;
import com.nexuscrm.domain.campaign.TaskQueue;
import java.util.Optional;

/**
 * Voice and LinkedIn steps: "sending" one puts a task in the rep's Today queue with the rendered script or message (no
 * automation against LinkedIn's terms, and calls are made by people). The task's id is the touch's, so a retry after
 * a crash between queueing and marking the touch sent queues nothing more.
 */
public final class TaskChannel implements OutboundChannel {
    private final Channel channel;
    private final CampaignPorts ports;
    private final TaskQueue queue;

    public TaskChannel(Channel channel, CampaignPorts ports, TaskQueue queue) {
        if (channel != Channel.VOICE_TASK && channel != Channel.LINKEDIN_TASK) {
            throw new IllegalArgumentException(channel + " is not a task channel");
        }
        this.channel = channel;
        this.ports = ports;
        this.queue = queue;
    }

    @Override
    public Channel channel() {
        return channel;
    }

    @Override
    public void send(OutboundMessage message) throws SendFailure {
        Optional<ScheduledTouch> touch = ports.touches().find(message.touchId());
        Optional<Enrolment> enrolment = touch.flatMap(t -> ports.enrolments().find(t.enrolmentId()));
        Optional<Recipient> recipient = enrolment.flatMap(e -> ports.recipients().find(e.person()));
        if (recipient.isEmpty()) {
            throw SendFailure.permanent("the touch's enrolment or person is gone", null);
        }
        String plan = enrolment.flatMap(e -> ports.plans().find(e.planId())).map(CampaignPlan::name).orElse("campaign");
        String who = recipient.get().fullName().isBlank() ? message.to() : recipient.get().fullName();
        String subject = (channel == Channel.VOICE_TASK ? "Call " : "LinkedIn message to ") + who + " (" + plan
                + ", step " + (touch.get().stepIndex() + 1) + ")";
        try {
            queue.queue(new CampaignTask(message.touchId(), enrolment.get().person(), channel, message.from(),
                    subject, script(message, recipient.get())));
        } catch (IllegalStateException e) {
            throw SendFailure.transientFailure(e.getMessage(), e);
        }
    }

    private String script(OutboundMessage message, Recipient recipient) {
        StringBuilder text = new StringBuilder();
        if (channel == Channel.VOICE_TASK && recipient.phone() != null) {
            text.append("Phone: ").append(recipient.phone()).append("\n\n");
        }
        if (message.subject() != null && !message.subject().isBlank()) {
            text.append(message.subject()).append("\n\n");
        }
        return text.append(message.body() == null ? "" : message.body()).toString();
    }
}
