package com.nexuscrm.domain.deal;

import java.math.BigDecimal;

/**
 * One group's forecast for a period (a rep, a team or the company). Open deals are those not closed whose close
 * date is in the period; closed won those won on a day in the period.
 *
 * @param closedWon        won so far in the period
 * @param openPipeline     the open deals' amount
 * @param weighted         open amounts × the model's win probability (the stage's for a deal without a score)
 * @param stageWeighted    open amounts × the stage's probability from the team's picklist
 * @param highConfidence   open amounts with a win probability of at least {@link PipelineForecast#HIGH_CONFIDENCE}%
 * @param atRisk           open amounts in proposal or negotiation with a win probability under
 *                         {@link PipelineForecast#AT_RISK_BELOW}%
 * @param commit           the reps' categories: open amounts the reps called commit
 * @param bestCase         ... best case
 * @param pipelineCategory ... pipeline (a deal without a category counts here)
 * @param omitted          ... omitted
 * @param adjustment       the managers' adjustment of the group's reps for the period
 */
public record ForecastFigures(BigDecimal closedWon, BigDecimal openPipeline, BigDecimal weighted, BigDecimal stageWeighted,
                              BigDecimal highConfidence, BigDecimal atRisk, BigDecimal commit, BigDecimal bestCase,
                              BigDecimal pipelineCategory, BigDecimal omitted, BigDecimal adjustment, int openDeals,
                              int wonDeals) {
    public static final ForecastFigures ZERO = new ForecastFigures(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ZERO, BigDecimal.ZERO, 0, 0);

    /** Closed won + the weighted open pipeline + the managers' adjustment: what the period is expected to bring. */
    public BigDecimal adjustedTotal() {
        return closedWon.add(weighted).add(adjustment);
    }

    /** The reps' own call: closed won + what they committed. */
    public BigDecimal repCommit() {
        return closedWon.add(commit);
    }
}
