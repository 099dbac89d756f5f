package com.nexuscrm.server.campaign;

import com.nexuscrm.campaign.CampaignPorts;
import com.nexuscrm.campaign.OutboundChannel;
import com.nexuscrm.campaign.TaskChannel;
import com.nexuscrm.campaign.TrackingLinks;
import com.nexuscrm.campaign.email.SmtpEmailChannel;
import com.nexuscrm.campaign.sms.SmsGatewayChannel;
import com.nexuscrm.domain.campaign.Channel;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The channels a team's campaigns go out through on the server: SMTP (with tracked links when the team has a
 * tracking URL), the SMS gateway when the team set one up (the gateway's message sid kept as the touch's message id,
 * consent checked by the runner as on a workstation), and the voice and LinkedIn task channels, which record a task due
 * ({@link TeamTaskDue}) for the linked workstations' Today queues.
 */
final class ServerChannels {
    private ServerChannels() { }

    static Map<Channel, OutboundChannel> of(DataSource ds, Clock clock, UUID team, TeamSending sending, CampaignPorts ports,
                                            TrackingLinks tracking) {
        Map<Channel, OutboundChannel> channels = new EnumMap<>(Channel.class);
        channels.put(Channel.EMAIL, new SmtpEmailChannel(sending.email(), sending.tracked() ? tracking : null));
        if (sending.sms() != null) {
            channels.put(Channel.SMS, new SmsGatewayChannel(sending.sms().settings(),
                    receipt -> ports.touches().recordProviderId(receipt.touchId(), receipt.sid())));
        }
        TeamTaskDue tasks = new TeamTaskDue(ds, team, clock);
        channels.put(Channel.VOICE_TASK, new TaskChannel(Channel.VOICE_TASK, ports, tasks));
        channels.put(Channel.LINKEDIN_TASK, new TaskChannel(Channel.LINKEDIN_TASK, ports, tasks));
        return channels;
    }
}
