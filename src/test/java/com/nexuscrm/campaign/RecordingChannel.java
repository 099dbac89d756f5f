package com.nexuscrm.campaign;

import com.nexuscrm.domain.campaign.Channel;
import java.util.ArrayList;
import java.util.List;

/** A channel that keeps what it was asked to send; it can be told to fail. */
final class RecordingChannel implements OutboundChannel {
    final List<OutboundMessage> sent = new ArrayList<>();
    private final Channel channel;
    SendFailure failWith;

    RecordingChannel(Channel channel) {
        this.channel = channel;
    }

    @Override
    public Channel channel() {
        return channel;
    }

    @Override
    public void send(OutboundMessage message) throws SendFailure {
        if (failWith != null) {
            throw failWith;
        }
        sent.add(message);
    }
}
