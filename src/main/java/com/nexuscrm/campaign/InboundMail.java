package com.nexuscrm.campaign;

import java.util.List;
import java.util.UUID;

/**
 * A received email as the campaign engine reads it: a reply to one of our touches (the Message-IDs it refers to), a
 * bounce (the address that failed and the Message-IDs it quotes), an unsubscribe (the touch whose unsubscribe address
 * it was sent to, and who sent it), or something else.
 */
public record InboundMail(Kind kind, String from, List<String> referencedMessageIds, String failedAddress,
                          UUID unsubscribeTouch) {
    /** What a received email is to the engine. */
    public enum Kind { REPLY, BOUNCE, UNSUBSCRIBE, OTHER }

    public InboundMail {
        referencedMessageIds = referencedMessageIds == null ? List.of() : List.copyOf(referencedMessageIds);
    }
}
