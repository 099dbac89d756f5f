package com.nexuscrm.domain.call;

/**
 * A next step or commitment, e.g. "i'll send the proposal by friday".
 *
 * @param due the due phrase when one was said ("by friday", "next week"), otherwise {@code null}
 */
public record ActionItem(Evidence evidence, String due) {
}
