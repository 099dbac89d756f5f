package com.nexuscrm.domain.campaign;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Enrolments of people in campaign plans (port; {@code storage.StoredEnrolments}). */
public interface EnrolmentRepository {
    /** Adds the enrolment, or returns the one this person already has in that plan. */
    Enrolment enrol(Enrolment enrolment);

    Optional<Enrolment> find(UUID id);

    List<Enrolment> active();

    /** Every enrolment of one plan, whatever its status, oldest first. */
    List<Enrolment> forPlan(UUID planId);

    /** Each plan's enrolment counts (plans without enrolments are left out). */
    List<EnrolmentCounts> countsByPlan();

    /** Active enrolments of one person, in any plan. */
    List<Enrolment> activeFor(UUID personId);

    /** Moves an active enrolment to {@code step}; past the last step it is COMPLETED. */
    void advance(UUID id, int step, boolean completed);

    /** Ends an active enrolment early; false when it was no longer active. */
    boolean exit(UUID id, ExitReason reason);
}
