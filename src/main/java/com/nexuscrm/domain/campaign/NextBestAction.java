package com.nexuscrm.domain.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * What to do after a classified reply, with the reason in words: interested → a task to book the meeting; not now →
 * pause until the date the reply names ("try me in March") or {@value #NOT_NOW_DAYS} days; out of office → pause until
 * the return date ({@link OutOfOfficeDates}) or {@value #AWAY_DAYS} days; not interested → stop; unsubscribe → do not
 * contact on any channel; referral → a lead for the person named ({@link ReferralContact}), or a task to ask who when
 * nobody is named; question → a task to answer it. Below {@link #threshold} the model is not sure: a task for a person
 * to read the reply, never an automatic action. Dates are read in the recipient's zone; a pause ends at the start of
 * the day (the send window then picks the hour).
 */
public final class NextBestAction {
    public static final double DEFAULT_THRESHOLD = 0.6;
    static final int NOT_NOW_DAYS = 90;
    static final int AWAY_DAYS = 7;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK);

    private final double threshold;

    public NextBestAction(double threshold) {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("The confidence threshold is a probability from 0 to 1, not " + threshold + ".");
        }
        this.threshold = threshold;
    }

    public NextBestAction() {
        this(DEFAULT_THRESHOLD);
    }

    public double threshold() {
        return threshold;
    }

    /**
     * The action for a reply classified as {@code intent} with {@code probability}, its text (what the sender wrote)
     * and when it arrived; {@code zone} is the recipient's.
     */
    public Recommendation recommend(ReplyIntent intent, double probability, String text, Instant received, ZoneId zone) {
        String sure = intent.label() + " (" + Math.round(probability * 100) + "%)";
        if (probability < threshold) {
            return task(ReplyAction.READ_REPLY, "The model is not sure (" + sure + ", below "
                    + Math.round(threshold * 100) + "%): a person reads it; nothing is done by itself.", "Read a campaign reply");
        }
        LocalDate day = LocalDate.ofInstant(received, zone);
        return switch (intent) {
            case INTERESTED -> task(ReplyAction.BOOK_MEETING, sure + ": book the meeting.", "Book a meeting");
            case QUESTION -> task(ReplyAction.ANSWER, sure + ": answer the question.", "Answer a campaign reply");
            case NOT_INTERESTED -> plain(ReplyAction.STOP, sure + ": stop the campaign for this person.");
            case UNSUBSCRIBE -> plain(ReplyAction.SUPPRESS, sure + ": do not contact on any channel.");
            case NOT_NOW -> pause(sure, OutOfOfficeDates.laterDate(text, day), day.plusDays(NOT_NOW_DAYS), "asked to wait until",
                    zone);
            case OUT_OF_OFFICE -> pause(sure, OutOfOfficeDates.returnDate(text, day), day.plusDays(AWAY_DAYS), "back on", zone);
            case REFERRAL -> referral(sure, ReferralContact.in(text));
        };
    }

    private static Recommendation pause(String sure, Optional<LocalDate> said, LocalDate fallback, String what, ZoneId zone) {
        LocalDate until = said.orElse(fallback);
        String why = said.isPresent() ? sure + ", " + what + " " + DAY.format(until) + ": pause until then."
                : sure + ", no date found: pause until " + DAY.format(until) + ".";
        return new Recommendation(ReplyAction.PAUSE, why, null, until.atStartOfDay(zone).toInstant(), null, null);
    }

    private static Recommendation referral(String sure, ReferralContact who) {
        if (!who.found()) {
            return task(ReplyAction.ASK_FOR_CONTACT, sure + ", nobody named: ask who to contact.", "Ask who to contact");
        }
        String named = who.name() == null ? who.email() : who.name() + (who.email() == null ? "" : " <" + who.email() + ">");
        return new Recommendation(ReplyAction.CREATE_LEAD, sure + ": create a lead for " + named + ".", null, null,
                who.name(), who.email());
    }

    private static Recommendation task(ReplyAction action, String why, String subject) {
        return new Recommendation(action, why, subject, null, null, null);
    }

    private static Recommendation plain(ReplyAction action, String why) {
        return new Recommendation(action, why, null, null, null, null);
    }
}
