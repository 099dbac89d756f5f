package com.nexuscrm.domain.call;

/**
 * Talk figures for one side of a call ({@link Speaker#UNKNOWN} for a mono recording, where some are not known).
 *
 * @param talkSeconds       seconds of speech (sum of the side's utterances)
 * @param talkRatio         share of the call's speech by this side, 0 to 1; {@code null} for a mono recording
 * @param longestMonologue  the longest stretch the side spoke without the other side speaking; {@code null} for mono
 * @param wordsPerMinute    words per minute of the side's own speaking time
 * @param fillerCount       filler words (um, uh, like, you know ...) said by the side
 * @param fillersPerMinute  fillers per minute of the side's own speaking time
 * @param sentiment         overall sentiment of the side, -1 to 1 (word-weighted mean of its utterances)
 */
public record SideMetrics(Speaker speaker, double talkSeconds, Double talkRatio, Evidence longestMonologue,
                          int words, double wordsPerMinute, int fillerCount, double fillersPerMinute, double sentiment) {

    public double longestMonologueSeconds() {
        return longestMonologue == null ? 0 : longestMonologue.end() - longestMonologue.start();
    }
}
