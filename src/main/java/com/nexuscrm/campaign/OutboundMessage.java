package com.nexuscrm.campaign;

import java.util.UUID;

/**
 * One rendered touch for a channel: the touch id (also the unsubscribe token), its Message-ID, who sends it to whom,
 * subject (email only) and body.
 */
public record OutboundMessage(UUID touchId, String messageId, String from, String fromName, String to, String subject,
                              String body) { }
