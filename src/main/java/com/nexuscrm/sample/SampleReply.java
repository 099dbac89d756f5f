package com.nexuscrm.sample;

import java.time.Instant;
import java.util.UUID;

/**
 * A reply the sample's campaigns got, as it would arrive: who sent it, its own Message-ID, the Message-ID of the
 * campaign email it answers (the touch's), what it says (with the quoted original, as mail clients send it) and when.
 * The generator only writes the text; the workspace's campaign engine reads and classifies it at seed time.
 */
public record SampleReply(UUID touchId, String inReplyTo, String from, String messageId, String text, Instant receivedAt) {
}
