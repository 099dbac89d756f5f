package com.nexuscrm.conversation;

/**
 * One rep's figures over a period, averaged per call.
 *
 * @param decidedCalls       calls whose deal is won or lost
 * @param winRate            won share of {@code decidedCalls}; {@code null} when there are none
 * @param talkRatio          mean rep talk ratio over the stereo calls (0 when there are none)
 * @param sentiment          mean customer sentiment (the whole call's for mono recordings)
 * @param objectionHandling  mean over every scored objection (see {@link com.nexuscrm.domain.call.ObjectionHandling});
 *                           {@code null} when no objection could be scored
 * @param discoveryQuestions discovery questions per stereo call
 * @param nextStepRate       share of calls with at least one action item or next step
 */
public record RepMetrics(String repId, int calls, int decidedCalls, Double winRate, double talkRatio, double sentiment,
                         Double objectionHandling, double discoveryQuestions, double nextStepRate,
                         double patienceSeconds, double fillersPerMinute, double monologueSeconds) {
}
