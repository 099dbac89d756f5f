package com.nexuscrm.domain.campaign;

import java.time.Instant;
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

    /** Active and paused enrolments of one person, in any plan (what an unsubscribe ends). */
    List<Enrolment> activeFor(UUID personId);

    /** Moves an active enrolment to {@code step}; past the last step it is COMPLETED. */
    void advance(UUID id, int step, boolean completed);

    /** Ends an active or paused enrolment early; false when it was neither. */
    boolean exit(UUID id, ExitReason reason);

    /**
     * Pauses the enrolment until {@code until}: an active one, or one that left because its person replied (a reply
     * exits first; the next best action may then pause it). False when it was neither.
     */
    boolean pause(UUID id, Instant until);

    /** When a paused enrolment resumes; empty when it is not paused. */
    Optional<Instant> pausedUntil(UUID id);

    /**
     * Resumes every enrolment paused until {@code now} or earlier: ACTIVE again, its enrolment time moved on by the
     * time it was paused, so its later steps keep their spacing. The resumed enrolments.
     */
    List<Enrolment> resumeDue(Instant now);
}
