package com.nexuscrm.conversation;

/**
 * How far a rep is behind the team benchmark on one metric.
 *
 * @param gap the shortfall in the metric's own step (see {@link RepPerformance}); larger is further behind
 */
public record CoachingGap(String metric, double rep, double benchmark, double gap) {
}
