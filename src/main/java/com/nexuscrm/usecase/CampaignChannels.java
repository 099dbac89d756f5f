package com.nexuscrm.usecase;

import com.nexuscrm.campaign.CampaignPorts;
import com.nexuscrm.campaign.OutboundChannel;
import com.nexuscrm.campaign.OutboundMessage;
import com.nexuscrm.campaign.SendFailure;
import com.nexuscrm.campaign.TaskChannel;
import com.nexuscrm.campaign.TrackingLinks;
import com.nexuscrm.campaign.email.EmailSettings;
import com.nexuscrm.campaign.email.SmtpEmailChannel;
import com.nexuscrm.campaign.sms.SmsGatewayChannel;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.TaskQueue;
import java.util.EnumMap;
import java.util.Map;

/**
 * The outbound channels of one version of the campaign settings: SMTP when email is set up, the SMS gateway when
 * texts are (its message sid kept as the touch's message id), and always the voice and LinkedIn task channels into the
 * Today queue. Each channel remembers the last failure it reported,
 * so the settings section can say why a touch was not sent.
 */
final class CampaignChannels {
    private final CampaignSendingSettings settings;
    private final EmailSettings email;
    private final Map<Channel, OutboundChannel> outbound = new EnumMap<>(Channel.class);
    private volatile String lastError;

    private CampaignChannels(CampaignSendingSettings settings, EmailSettings email) {
        this.settings = settings;
        this.email = email;
    }

    static CampaignChannels of(CampaignSendingSettings settings, CampaignPorts ports, TaskQueue tasks) {
        return of(settings, ports, tasks, null);
    }

    /** @param tracking the team server's tracking links for emails (a linked workspace), or null: emails unchanged */
    static CampaignChannels of(CampaignSendingSettings settings, CampaignPorts ports, TaskQueue tasks, TrackingLinks tracking) {
        CampaignChannels channels = new CampaignChannels(settings, settings.email().orElse(null));
        if (channels.email != null) {
            channels.add(new SmtpEmailChannel(channels.email, tracking));
        }
        settings.smsSettings().ifPresent(sms -> channels.add(new SmsGatewayChannel(sms,
                receipt -> ports.touches().recordProviderId(receipt.touchId(), receipt.sid()))));
        channels.add(new TaskChannel(Channel.VOICE_TASK, ports, tasks));
        channels.add(new TaskChannel(Channel.LINKEDIN_TASK, ports, tasks));
        return channels;
    }

    private void add(OutboundChannel channel) {
        outbound.put(channel.channel(), new OutboundChannel() {
            @Override
            public Channel channel() {
                return channel.channel();
            }

            @Override
            public void send(OutboundMessage message) throws SendFailure {
                try {
                    channel.send(message);
                } catch (SendFailure failure) {
                    lastError = failure.getMessage();
                    throw failure;
                }
            }
        });
    }

    CampaignSendingSettings settings() { return settings; }

    Map<Channel, OutboundChannel> outbound() { return Map.copyOf(outbound); }

    /** Email's settings, null when email is not set up. */
    EmailSettings email() { return email; }

    String lastError() { return lastError; }

    void clearError() { lastError = null; }
}
