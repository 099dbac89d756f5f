package com.nexuscrm.domain.account;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A call of the account with what its analysis found: the customer's overall sentiment (-1..1, null when the call
 * could not say) and the next steps said in it.
 */
public record AnalysedCall(UUID recordingId, UUID activityId, UUID dealId, Instant at, Double customerSentiment,
                           List<NextStep> nextSteps) {
    /** A next step said in a call: the words and, when one was said, the due date. */
    public record NextStep(String words, LocalDate due) { }

    public AnalysedCall {
        nextSteps = List.copyOf(nextSteps);
    }
}
