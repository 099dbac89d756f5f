package com.nexuscrm.conversation;

/**
 * The team's top performers' figures (the top quartile of reps by win rate), averaged per call.
 *
 * @param talkRatio          rep share of the talking, 0 to 1
 * @param discoveryQuestions discovery questions per call
 * @param sentiment          the customer's overall sentiment, -1 to 1
 * @param objectionHandling  see {@link com.nexuscrm.domain.call.ObjectionHandling}
 * @param nextStepRate       share of calls with at least one action item or next step
 * @param patienceSeconds    mean pause before answering the customer
 * @param fillersPerMinute   rep filler words per minute of the rep's speech
 * @param monologueSeconds   the rep's longest monologue
 */
public record TeamBenchmark(double talkRatio, double discoveryQuestions, double sentiment, double objectionHandling,
                            double nextStepRate, double patienceSeconds, double fillersPerMinute,
                            double monologueSeconds) {
}
