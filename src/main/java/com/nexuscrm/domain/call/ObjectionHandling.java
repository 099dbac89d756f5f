package com.nexuscrm.domain.call;

/**
 * How the customer's mood moved around objections.
 *
 * <p>Per objection: the mean sentiment of the (up to) 3 customer utterances after the objection's utterance minus
 * the mean of the (up to) 3 customer utterances before it; the objection's own utterance is in neither. An
 * objection with no customer utterance before or after it is not scored. {@code score} is the mean over the
 * {@code scored} objections, so calls combine as a mean weighted by {@code scored}. Range -2 to 2; above 0 the
 * customer sounded better after the rep answered.
 */
public record ObjectionHandling(double score, int scored) {
}
