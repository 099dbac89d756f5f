package com.nexuscrm.domain.campaign;

import java.time.Instant;
import java.util.UUID;

/**
 * One lead or contact in one campaign plan: the step it is at (from 0), its status and, when it left early, why.
 * Step day offsets count from {@code enrolledAt}. (Not the synced {@code domain.Enrollment} row.)
 */
public record Enrolment(UUID id, UUID planId, PersonRef person, int currentStep, EnrolmentStatus status,
                        ExitReason exitReason, Instant enrolledAt) {
    public static Enrolment start(UUID id, UUID planId, PersonRef person, Instant at) {
        return new Enrolment(id, planId, person, 0, EnrolmentStatus.ACTIVE, null, at);
    }

    public boolean active() {
        return status == EnrolmentStatus.ACTIVE;
    }
}
