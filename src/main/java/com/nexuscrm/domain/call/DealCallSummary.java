package com.nexuscrm.domain.call;

import java.time.Instant;
import java.util.List;

/**
 * What a deal shows about its last analysed call.
 *
 * @param sentiment     the customer's overall sentiment (-1 to 1); for a mono recording, the whole call's
 * @param objections    distinct objection types, in order of first mention
 * @param competitors   distinct competitor names, in order of first mention
 * @param buyingSignals distinct buying signals, in order of first mention
 */
public record DealCallSummary(Instant lastCallTime, double sentiment, List<String> objections,
                              List<String> competitors, List<String> buyingSignals) {
    public DealCallSummary {
        objections = List.copyOf(objections);
        competitors = List.copyOf(competitors);
        buyingSignals = List.copyOf(buyingSignals);
    }

    /** The summary of {@code analysis}, a call made at {@code callTime}. */
    public static DealCallSummary of(CallAnalysis analysis, Instant callTime) {
        double sentiment = analysis.side(analysis.customerSide()).map(SideMetrics::sentiment).orElse(0.0);
        return new DealCallSummary(callTime, sentiment, labels(analysis.objections()), labels(analysis.competitors()),
                labels(analysis.buyingSignals()));
    }

    private static List<String> labels(List<Finding> findings) {
        return findings.stream().map(Finding::label).distinct().toList();
    }
}
