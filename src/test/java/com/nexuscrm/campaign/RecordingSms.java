package com.nexuscrm.campaign;

import com.nexuscrm.domain.campaign.Channel;
import java.util.ArrayList;
import java.util.List;

/** An SMS channel that keeps what it was asked to send, for tests of the runner (the gateway is {@code sms.SmsGatewayChannel}). */
public final class RecordingSms implements OutboundChannel {
    public final List<OutboundMessage> sent = new ArrayList<>();

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public void send(OutboundMessage message) {
        sent.add(message);
    }
}
