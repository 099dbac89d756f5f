package com.nexuscrm.domain.deal;

import java.util.Objects;

/**
 * One warning about a deal: what it is, how serious, the evidence in words with its numbers ("No reply from the
 * customer for 23 days; last: email from the customer on 14 Nov"), what to do about it, and that action as a task
 * ready to create.
 */
public record DealRisk(RiskKind kind, RiskSeverity severity, String evidence, String recommendation, TaskDraft task) {
    public DealRisk {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(task, "task");
    }
}
