package com.nexuscrm.domain.campaign;

import java.time.Instant;

/**
 * The next best action after one reply: the action, why in words ("Out of office, back on 14 Dec 2026: pause until
 * then"), the task's subject when it is a task, the resume time when it pauses, and the person a referral names
 * (name and/or address; both null when none was found).
 */
public record Recommendation(ReplyAction action, String reason, String taskSubject, Instant resumeAt,
                             String referralName, String referralEmail) {
    public Recommendation {
        if (action == null || reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A recommendation needs an action and a reason.");
        }
        if (action == ReplyAction.PAUSE && resumeAt == null) {
            throw new IllegalArgumentException("A pause needs the time it ends.");
        }
    }
}
