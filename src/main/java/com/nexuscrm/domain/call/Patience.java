package com.nexuscrm.domain.call;

/**
 * How long the rep waits before answering once the customer stops.
 *
 * @param meanSeconds mean pause (overlaps count as 0) over {@code responses} customer-to-rep changes
 * @param quickest    the shortest pause: from the customer's last word to the rep's first, quoting the rep
 */
public record Patience(double meanSeconds, int responses, Evidence quickest) {
}
