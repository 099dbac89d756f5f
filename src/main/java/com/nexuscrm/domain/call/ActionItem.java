package com.nexuscrm.domain.call;

import java.time.LocalDate;

/**
 * A next step or commitment, e.g. "i'll send the proposal by friday".
 *
 * @param due     the due phrase when one was said ("by friday", "next week", "on the fifteenth"), otherwise {@code null}
 * @param dueDate the due phrase as a date, counted from the day of the call; {@code null} when no phrase was said or
 *                the day of the call is unknown
 */
public record ActionItem(Evidence evidence, String due, LocalDate dueDate) {
    /** An item without a date (analyses stored before due dates were parsed have none). */
    public ActionItem(Evidence evidence, String due) {
        this(evidence, due, null);
    }
}
