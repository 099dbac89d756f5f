package com.nexuscrm.conversation;

/**
 * Ranges from published sales-call research (Gong Labs and similar) that a rep's call is compared with.
 *
 * @param talkRatioTarget       the rep's share of the talking that wins most often (43%)
 * @param talkRatioLow          below this the rep is too quiet
 * @param talkRatioHigh         above this the rep talks too much
 * @param questionsLow          fewest questions in a good discovery call
 * @param questionsHigh         most questions before it feels like an interrogation
 * @param monologueMaxSeconds   the longest a rep should talk uninterrupted (2.5 minutes)
 * @param patienceMinSeconds    the shortest pause before answering the customer
 * @param fillersPerMinuteMax   filler words per minute of the rep's speech above which they distract
 */
public record ResearchRanges(double talkRatioTarget, double talkRatioLow, double talkRatioHigh, int questionsLow,
                             int questionsHigh, double monologueMaxSeconds, double patienceMinSeconds,
                             double fillersPerMinuteMax) {
    public static ResearchRanges defaults() {
        return new ResearchRanges(0.43, 0.35, 0.55, 11, 14, 150, 0.6, 3);
    }
}
