package com.nexuscrm.ui.forecast;

import com.nexuscrm.domain.deal.ForecastFigures;
import com.nexuscrm.domain.deal.PipelineForecast;
import com.nexuscrm.ui.common.Formats;
import java.math.BigDecimal;
import java.util.List;

/** The Forecast screen's tiles in reading order, each saying in its detail how the figure is made. */
final class ForecastTiles {
    private ForecastTiles() { }

    static List<ForecastTile> of(ForecastFigures t, String currency, Formats formats) {
        return List.of(
                tile("closed-won", "Closed won", t.closedWon(), "Won so far in the period", currency, formats),
                tile("commit", "Commit", t.commit(), "Open deals the reps called commit", currency, formats),
                tile("best-case", "Best case", t.bestCase(), "Open deals the reps called best case", currency, formats),
                tile("pipeline", "Pipeline", t.openPipeline(), "Every open deal closing in the period", currency, formats),
                tile("weighted", "Weighted", t.weighted(), "Open amounts × the model's win probability (the stage's"
                        + " for a deal without a score)", currency, formats),
                tile("stage-weighted", "Stage-weighted", t.stageWeighted(), "Open amounts × the stage's probability",
                        currency, formats),
                tile("high-confidence", "High confidence", t.highConfidence(), "Open deals with a win probability of "
                        + PipelineForecast.HIGH_CONFIDENCE + "% or more", currency, formats),
                tile("at-risk", "At risk", t.atRisk(), "Proposal or negotiation with a win probability under "
                        + PipelineForecast.AT_RISK_BELOW + "%", currency, formats),
                tile("adjustment", "Adjustment", t.adjustment(), "The managers' adjustments of the reps", currency, formats),
                tile("adjusted-total", "Adjusted total", t.adjustedTotal(), "Closed won + weighted + adjustment",
                        currency, formats));
    }

    private static ForecastTile tile(String id, String label, BigDecimal amount, String how, String currency, Formats formats) {
        return new ForecastTile(id, label, formats.shortMoney(currency, amount), formats.money(currency, amount) + ": " + how);
    }
}
