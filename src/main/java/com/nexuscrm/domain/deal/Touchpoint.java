package com.nexuscrm.domain.deal;

import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.Picklist;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * One activity as deal health and risks read it: who moved (the rep reaching out, or the customer answering) and,
 * for a meeting, whether it took place. The activity model has no direction field, so the direction comes from
 * the type and the outcome ({@link OutcomeMeaning}):
 * <ul>
 *   <li>an email is the rep's unless its outcome is "Replied" (the customer wrote);</li>
 *   <li>a call is the rep's touch; it also counts as the customer answering when its outcome says they were reached
 *       ("Connected", "Meeting booked", "Not interested") or, without an outcome, when it lasted at least
 *       {@link #CONNECTED_CALL_SECONDS} seconds and its subject does not mention a voicemail;</li>
 *   <li>a meeting in the future is planned; one in the past was held unless its outcome is "No show"
 *       (or a synonym: "Cancelled", "Did not attend");</li>
 *   <li>notes and tasks reach nobody.</li>
 * </ul>
 */
public record Touchpoint(Instant at, ActivityType type, UUID contactId, Kind kind) {
    /** A call this long without an outcome was a conversation, not a voicemail (voicemails run well under a minute). */
    public static final int CONNECTED_CALL_SECONDS = 120;

    public enum Kind {
        /** The rep reached out and no answer is recorded (an email sent, a call not answered). */
        OUTREACH,
        /** A call that connected: the rep's touch and the customer's answer at once. */
        CONVERSATION,
        /** The customer wrote (an email from them). */
        REPLY,
        MEETING_HELD, MEETING_MISSED, MEETING_PLANNED,
        /** Notes and tasks. */
        INTERNAL
    }

    /** Reads an activity; {@code outcomes} is the team's activity-outcome list (null: the built-in one). */
    public static Touchpoint of(Activity a, Picklist outcomes, Instant now) {
        OutcomeMeaning meaning = OutcomeMeaning.of(a.getOutcome(), outcomes);
        Kind kind = switch (a.getType() == null ? ActivityType.NOTE : a.getType()) {
            case EMAIL -> meaning == OutcomeMeaning.REPLIED ? Kind.REPLY : Kind.OUTREACH;
            case CALL -> connected(a, meaning) ? Kind.CONVERSATION : Kind.OUTREACH;
            case MEETING -> a.getOccurredAt() != null && a.getOccurredAt().isAfter(now) ? Kind.MEETING_PLANNED
                    : meaning == OutcomeMeaning.NO_SHOW ? Kind.MEETING_MISSED : Kind.MEETING_HELD;
            case NOTE, TASK -> Kind.INTERNAL;
        };
        return new Touchpoint(a.getOccurredAt(), a.getType(), a.getContactId(), kind);
    }

    private static boolean connected(Activity a, OutcomeMeaning meaning) {
        if (meaning == OutcomeMeaning.REACHED || meaning == OutcomeMeaning.REPLIED) {
            return true;
        }
        if (meaning != OutcomeMeaning.UNKNOWN) {
            return false;
        }
        boolean voicemail = a.getSubject() != null && a.getSubject().toLowerCase(Locale.ROOT).contains("voicemail");
        return !voicemail && a.getDurationSeconds() != null && a.getDurationSeconds() >= CONNECTED_CALL_SECONDS;
    }

    /** The customer took part: a reply, a connected call or a meeting held. */
    public boolean twoWay() {
        return kind == Kind.REPLY || kind == Kind.CONVERSATION || kind == Kind.MEETING_HELD;
    }

    /** Something came from the customer's side: the same as {@link #twoWay()}; named for the "gone quiet" rule. */
    public boolean inbound() {
        return twoWay();
    }

    /** The rep reached out by call or email (answered or not): the denominator of the response rate. */
    public boolean outreach() {
        return kind == Kind.OUTREACH || kind == Kind.CONVERSATION;
    }

    /** An answer to outreach: a reply or a connected call. */
    public boolean answer() {
        return kind == Kind.REPLY || kind == Kind.CONVERSATION;
    }

    /** A meeting whose time has come (held or missed). */
    public boolean meetingDue() {
        return kind == Kind.MEETING_HELD || kind == Kind.MEETING_MISSED;
    }

    /** Customer-facing: anything but notes and tasks. */
    public boolean customerFacing() {
        return kind != Kind.INTERNAL;
    }

    /** How the evidence names it: "email", "call", "meeting". */
    public String noun() {
        return kind == Kind.REPLY ? "email from the customer" : type.name().toLowerCase(Locale.ROOT);
    }
}
