package com.nexuscrm.campaign;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A received email (or text) as the campaign engine reads it: a reply to one of our touches (the Message-IDs it refers
 * to), a bounce (the address that failed and the Message-IDs it quotes), an unsubscribe (the touch whose unsubscribe
 * address it was sent to, and who sent it), or something else. A reply also carries its own Message-ID (null when it
 * has none), what it says (the plain text body), when it was received (null: when it is read) and its subject (null
 * for a text).
 */
public record InboundMail(Kind kind, String from, List<String> referencedMessageIds, String failedAddress,
                          UUID unsubscribeTouch, String messageId, String text, Instant receivedAt, String subject) {
    /** What a received email is to the engine. */
    public enum Kind { REPLY, BOUNCE, UNSUBSCRIBE, OTHER }

    public InboundMail {
        referencedMessageIds = referencedMessageIds == null ? List.of() : List.copyOf(referencedMessageIds);
        text = text == null ? "" : text;
    }

    /** A mail or text without a subject. */
    public InboundMail(Kind kind, String from, List<String> referencedMessageIds, String failedAddress,
                       UUID unsubscribeTouch, String messageId, String text, Instant receivedAt) {
        this(kind, from, referencedMessageIds, failedAddress, unsubscribeTouch, messageId, text, receivedAt, null);
    }

    /** A mail without its own id, text or time. */
    public InboundMail(Kind kind, String from, List<String> referencedMessageIds, String failedAddress, UUID unsubscribeTouch) {
        this(kind, from, referencedMessageIds, failedAddress, unsubscribeTouch, null, "", null);
    }
}
