package com.nexuscrm.domain.campaign;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * One message of one step to one enrolment. Its id is derived from the enrolment, the step and the variant, so
 * scheduling it twice finds the same row; the email Message-ID is derived from the id, so replies find it.
 */
public record ScheduledTouch(UUID id, UUID enrolmentId, int stepIndex, String variant, Channel channel,
                             TouchStatus status, int attempts, Instant nextAttemptAt, String sender, String address,
                             Instant sentAt, String lastError) {
    /** The idempotent id of this enrolment's touch for one step and variant. */
    public static UUID idFor(UUID enrolmentId, int stepIndex, String variant) {
        return UUID.nameUUIDFromBytes(("campaign-touch:" + enrolmentId + ":" + stepIndex + ":" + variant)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** A new pending touch, first tried at {@code at}. */
    public static ScheduledTouch pending(UUID enrolmentId, int stepIndex, String variant, Channel channel,
                                         String sender, String address, Instant at) {
        return new ScheduledTouch(idFor(enrolmentId, stepIndex, variant), enrolmentId, stepIndex, variant, channel,
                TouchStatus.PENDING, 0, at, sender, address, null, null);
    }

    /** The Message-ID of this touch's email: {@code <touch id@sender's domain>}. */
    public String messageId() {
        String domain = sender == null || sender.indexOf('@') < 0 ? "nexuscrm.local" : sender.substring(sender.indexOf('@') + 1);
        return "<" + id + "@" + domain + ">";
    }

    /** The touch id inside a Message-ID made by {@link #messageId()}; null for any other message id. */
    public static UUID idInMessageId(String messageId) {
        if (messageId == null) {
            return null;
        }
        String s = messageId.strip();
        int at = s.indexOf('@');
        if (!s.startsWith("<") || at < 0) {
            return null;
        }
        try {
            return UUID.fromString(s.substring(1, at));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
