package com.nexuscrm.domain.call;

/** One point of a sentiment time series: the mean score of a side's utterances starting in [start, end). */
public record SentimentPoint(double start, double end, double score, int utterances) {
}
