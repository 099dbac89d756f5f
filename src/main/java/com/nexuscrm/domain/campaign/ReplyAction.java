package com.nexuscrm.domain.campaign;

/**
 * What the next best action after a reply does: a task to book the meeting, pause the enrolment until a date, stop
 * it, suppress the person on every channel (do-not-contact), create a lead for the person a referral names, a task to
 * ask for the referral's details, a task to answer a question, or a task for a person to read a reply the model was
 * not sure of (never acted on by itself).
 */
public enum ReplyAction {
    BOOK_MEETING("Book a meeting"), PAUSE("Pause"), STOP("Stop the campaign"), SUPPRESS("Do not contact"),
    CREATE_LEAD("Create a lead"), ASK_FOR_CONTACT("Ask who to contact"), ANSWER("Answer the question"),
    READ_REPLY("Read the reply");

    private final String label;

    ReplyAction(String label) {
        this.label = label;
    }

    /** In words, as a button says it: "Book a meeting". */
    public String label() {
        return label;
    }

    /** True when the action is a task for the owner (what {@link #PAUSE}, {@link #STOP}, ... are not). */
    public boolean isTask() {
        return this == BOOK_MEETING || this == ASK_FOR_CONTACT || this == ANSWER || this == READ_REPLY;
    }
}
