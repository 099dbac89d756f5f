package com.nexuscrm.domain.deal;

/**
 * The thresholds of {@link DealRisks}.
 *
 * @param quietDays           "gone quiet" after this many days without anything from the customer
 * @param engagedDays         the window in which contacts count as engaged ("single-threaded")
 * @param pushLimit           "close date pushed" from this many moves to a later date
 * @param amountMultiple      "amount far above usual" above this multiple of the owner's median won deal
 * @param minWonDeals         ... judged only when the owner has won at least this many deals
 * @param negativeSentiment   "negative last call" when the call's sentiment is below this (-1..1)
 */
public record RiskSettings(int quietDays, int engagedDays, int pushLimit, double amountMultiple, int minWonDeals,
                           double negativeSentiment) {
    public static final RiskSettings DEFAULTS = new RiskSettings(14, 60, 2, 3.0, 3, -0.2);

    public RiskSettings {
        if (quietDays < 1 || engagedDays < 1 || pushLimit < 1 || amountMultiple <= 1 || minWonDeals < 1
                || negativeSentiment < -1 || negativeSentiment > 1) {
            throw new IllegalArgumentException("Risk thresholds out of range: quiet " + quietDays + " days, engaged "
                    + engagedDays + " days, pushes " + pushLimit + ", amount x" + amountMultiple + ", won deals "
                    + minWonDeals + ", sentiment " + negativeSentiment + ".");
        }
    }
}
