package com.nexuscrm.domain.call;

/**
 * A question found from word patterns (the recogniser gives no "?").
 *
 * @param discovery an open question by the rep about the customer's situation, goals, pain or process
 */
public record Question(Evidence evidence, boolean discovery) {
}
