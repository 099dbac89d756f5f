package com.nexuscrm.domain.campaign;

import java.time.Instant;
import java.util.UUID;

/**
 * One campaign touch as a person's timeline shows it: the campaign, the step (from 0), the channel, what became of
 * it and when (the reply, click, open or send time; a pending touch's next attempt).
 */
public record PersonTouch(UUID id, String campaign, int stepIndex, Channel channel, Outcome outcome, Instant at) {
    /** What became of a touch, the furthest it got. */
    public enum Outcome {
        PENDING("Pending"), SENDING("Sending"), SENT("Sent"), OPENED("Opened"), CLICKED("Clicked"), REPLIED("Replied"),
        BOUNCED("Bounced"), FAILED("Failed"), CANCELLED("Cancelled"), UNKNOWN("Sent status unknown");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * The outcome of a touch from its status and times: replied over clicked over opened over sent; a sent touch is
     * BOUNCED when {@code bounced} (its enrolment ended on a bounce and it was the last one sent).
     */
    public static Outcome outcome(TouchStatus status, Instant replied, Instant clicked, Instant opened, boolean bounced) {
        return switch (status) {
            case PENDING -> Outcome.PENDING;
            case SENDING -> Outcome.SENDING;
            case FAILED -> Outcome.FAILED;
            case CANCELLED -> Outcome.CANCELLED;
            case UNKNOWN -> Outcome.UNKNOWN;
            case SENT -> bounced ? Outcome.BOUNCED : replied != null ? Outcome.REPLIED : clicked != null ? Outcome.CLICKED
                    : opened != null ? Outcome.OPENED : Outcome.SENT;
        };
    }
}
