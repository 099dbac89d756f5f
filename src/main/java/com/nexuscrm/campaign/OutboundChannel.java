package com.nexuscrm.campaign;

import com.nexuscrm.domain.campaign.Channel;

/**
 * The port a touch goes out through: email over SMTP ({@code campaign.email.SmtpEmailChannel}), texts through an SMS
 * gateway ({@code campaign.sms.SmsGatewayChannel}), later a task in the rep's queue. A channel throws
 * {@link SendFailure}: transient (try again later) or permanent.
 */
public interface OutboundChannel {
    Channel channel();

    void send(OutboundMessage message) throws SendFailure;
}
