package com.nexuscrm.conversation;

import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.call.DealCallSummary;
import java.util.List;

/**
 * Puts a call's summary on its deal's last-call fields. The deal shows its latest call: a summary of an older
 * call than the one the deal already shows (an older recording analysed later) changes nothing.
 */
public final class DealCallFields {
    private DealCallFields() {
    }

    /** Sets the deal's last-call fields from {@code summary} unless the deal already shows a later call. */
    public static boolean apply(Deal deal, DealCallSummary summary) {
        if (deal.getLastCallAt() != null && summary.lastCallTime() != null
                && deal.getLastCallAt().isAfter(summary.lastCallTime())) {
            return false;
        }
        deal.setLastCallAt(summary.lastCallTime());
        deal.setLastCallSentiment(Math.round(summary.sentiment() * 100) / 100.0);
        deal.setLastCallObjections(join(summary.objections(), 1000));
        deal.setLastCallCompetitors(join(summary.competitors(), 1000));
        deal.setLastCallSignals(join(summary.buyingSignals(), 2000));
        return true;
    }

    /** The items comma-separated, cut to the column's {@code max} characters; {@code null} when there are none. */
    static String join(List<String> items, int max) {
        String s = String.join(", ", items);
        return s.isEmpty() ? null : s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
