package com.nexuscrm.domain.campaign;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Scheduled touches (port; {@code storage.StoredTouches}). Each state change is one conditional update, so two
 * runners over one store never both claim a touch.
 */
public interface TouchRepository extends TouchHistory {
    /** Adds a pending touch; false when this enrolment already has a touch for the step (the same id or not). */
    boolean schedule(ScheduledTouch touch);

    Optional<ScheduledTouch> find(UUID id);

    List<ScheduledTouch> forEnrolment(UUID enrolmentId);

    /** The status of each step's touch of these enrolments (none: left out); the default reads one enrolment at a time. */
    default java.util.Map<UUID, java.util.Map<Integer, TouchStatus>> statuses(java.util.Collection<UUID> enrolmentIds) {
        java.util.Map<UUID, java.util.Map<Integer, TouchStatus>> statuses = new java.util.HashMap<>();
        for (UUID id : enrolmentIds) {
            for (ScheduledTouch t : forEnrolment(id)) {
                statuses.computeIfAbsent(id, k -> new java.util.HashMap<>()).put(t.stepIndex(), t.status());
            }
        }
        return statuses;
    }

    /** {@link #schedule}s each touch; how many were added. The default adds one at a time. */
    default int scheduleAll(List<ScheduledTouch> touches) {
        int added = 0;
        for (ScheduledTouch t : touches) {
            added += schedule(t) ? 1 : 0;
        }
        return added;
    }

    /** Every touch of one plan's enrolments. */
    List<ScheduledTouch> forPlan(UUID planId);

    /** Sent and replied touches per plan, step and variant (steps with no touch are left out). */
    List<TouchTally> tallies();

    /**
     * Every SENT touch with its person, channel, send time and whether it was replied to, oldest first: what the live
     * optimiser learns send times and channels from. The default (a store that does not learn): none.
     */
    default List<TouchOutcome> outcomes() {
        return List.of();
    }

    /** PENDING touches whose next attempt is at or before {@code now}, oldest first, at most {@code limit}. */
    List<ScheduledTouch> due(Instant now, int limit);

    /** PENDING → SENDING; false when another runner had it or it is no longer pending. */
    boolean claim(UUID id, Instant at);

    /** SENDING → SENT at {@code at}. */
    void markSent(UUID id, Instant at);

    /** SENDING → PENDING with one more attempt, tried again at {@code next}. */
    void retryLater(UUID id, Instant next, String error);

    /** PENDING stays PENDING, tried at {@code next} (quiet hours, daily limit); no attempt counted. */
    void postpone(UUID id, Instant next, String why);

    /** Touches still SENDING that were claimed before {@code claimedBefore} (a crash between claim and mark), oldest first. */
    List<ScheduledTouch> stuckSending(Instant claimedBefore, int limit);

    /**
     * SENDING → UNKNOWN: it may or may not have gone out (an email left SENDING by a crash with no copy found), so it is
     * never sent again by itself; a person reviews it.
     */
    void markUnknown(UUID id, String why);

    /** SENDING → FAILED: refused for good (an invalid address). */
    void fail(UUID id, String error);

    /** Every PENDING touch of the enrolment → CANCELLED; how many. */
    int cancelPending(UUID enrolmentId, String why);

    /** Touches SENT, SENDING or UNKNOWN (they may have gone out) from {@code sender} in [from, to). */
    int sentBy(String sender, Instant from, Instant to);

    /** The latest SENT touch to this address, for a bounce that does not quote our Message-ID. */
    Optional<ScheduledTouch> lastSentTo(String address);

    /** What the enrolment's touches got so far: the previous one opened or clicked, any of them replied. */
    StepCondition.Engagement engagement(UUID enrolmentId, int beforeStep);

    /**
     * Keeps the id the channel's provider gave the sent message in place of the derived Message-ID (an SMS gateway's
     * message sid), so the provider's later reports find the touch; a null or blank id changes nothing.
     */
    void recordProviderId(UUID id, String providerMessageId);

    /** The touch whose message has this id: the derived Message-ID of an email, a gateway's sid once recorded. */
    Optional<ScheduledTouch> findByMessageId(String messageId);

    /** Marks when the recipient first opened this touch's email; false when there is no such touch or it was marked. */
    boolean markOpened(UUID id, Instant at);

    /** Marks when the recipient first clicked a link of it (a click also marks it opened); false as {@link #markOpened}. */
    boolean markClicked(UUID id, Instant at);
    /**
     * Holds the enrolment's waiting touches until {@code until}: PENDING ones are tried then, and those cancelled when
     * the enrolment ended because its person replied are PENDING again from then. How many.
     */
    int hold(UUID enrolmentId, Instant until, String why);

    /** Marks when the recipient replied to this touch. */
    void markReplied(UUID id, Instant at);
}
