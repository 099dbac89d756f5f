package com.nexuscrm.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What the churn model says about one account: the chance (1–99) that it stops using the product in the next
 * {@link com.nexuscrm.domain.account.ChurnHistory#WINDOW_MONTHS} months, null when there is not enough data to
 * say (the reasons then say why), the reasons in words, and which model produced it. Derived, local and never
 * synced: each workstation scores its own copy.
 */
public record AccountScore(UUID accountId, Integer churnRisk, List<ScoreFactor> reasons, String modelVersion,
                           Instant scoredAt) {
    public AccountScore {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    /** True when this score says the same as {@code other} (risk, reasons, model), whenever each was computed. */
    public boolean sameAs(AccountScore other) {
        return other != null && java.util.Objects.equals(churnRisk, other.churnRisk)
                && reasons.equals(other.reasons) && java.util.Objects.equals(modelVersion, other.modelVersion);
    }
}
