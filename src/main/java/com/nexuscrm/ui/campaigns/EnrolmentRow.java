package com.nexuscrm.ui.campaigns;

import java.time.Instant;

/** One enrolment of the selected campaign: who, where it is, when its next touch is due (null: none), why it left. */
public record EnrolmentRow(String person, String status, String step, Instant nextDue, String nextDueText,
                           String exitReason, Instant enrolledAt, String enrolledText) { }
