package com.nexuscrm.domain.call;

/** A metric the analysis could not compute for this call, and why (e.g. a mono recording has no sides). */
public record NotComputed(String metric, String reason) {
}
