package com.nexuscrm.domain.campaign;

import java.time.Instant;
import java.util.UUID;

/**
 * One reply to a campaign touch as the next best action sees it: which touch, enrolment, plan and person; the channel,
 * sender, time and what they wrote; the model's intent and its probability; the {@link Recommendation}; and whether
 * it was done (when, by itself or by a person, and what came of it: "Task created", "Paused until 14 Dec 2026", or why
 * it failed). {@code key} makes a reply handled twice one row: the mail's Message-ID, or the touch and the text.
 */
public record CampaignReply(UUID id, String key, UUID touchId, UUID enrolmentId, UUID planId, PersonRef person,
                            Channel channel, String from, Instant receivedAt, String text, ReplyIntent intent,
                            double probability, Recommendation recommendation, Status status, boolean automatic,
                            Instant doneAt, String outcome) {
    /** Recommended and waiting for a person, or done. */
    public enum Status { RECOMMENDED, DONE }

    /** The longest reply text kept. */
    public static final int MAX_TEXT = 4000;

    public CampaignReply {
        text = text == null ? "" : text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    }

    public boolean done() {
        return status == Status.DONE;
    }
}
