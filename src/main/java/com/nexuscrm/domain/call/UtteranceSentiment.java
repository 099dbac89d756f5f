package com.nexuscrm.domain.call;

/** The sentiment of one utterance, -1 (negative) to 1 (positive), quoting the utterance. */
public record UtteranceSentiment(Evidence evidence, double score) {
}
