package com.nexuscrm.domain.call;

import java.util.List;

/**
 * How a side's sentiment moved over the call.
 *
 * @param firstThird mean score of the side's utterances starting in the first third of the call (0 when it said nothing)
 * @param lastThird  the same for the last third
 * @param series     equal slices of the call, only those in which the side spoke
 */
public record SentimentTrend(Speaker speaker, double overall, double firstThird, double lastThird,
                             List<SentimentPoint> series) {
    public SentimentTrend {
        series = List.copyOf(series);
    }

    /** Last third minus first third: positive when the side warmed up. */
    public double change() {
        return lastThird - firstThird;
    }
}
