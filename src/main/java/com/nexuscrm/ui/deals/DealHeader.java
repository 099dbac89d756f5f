package com.nexuscrm.ui.deals;

import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealScore;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.Picklist;
import com.nexuscrm.ui.common.Formats;

/**
 * The lines at the top of a deal, as text: amount, stage (the team's name for it), close date, owner, forecast
 * category, what the models say, and for a closed deal its outcome and reason.
 */
record DealHeader(String amount, String stage, String closeDate, String owner, String forecast, String score,
                  String outcome) {

    static DealHeader of(Deal d, String owner, DealScore score, Picklist stages, Formats f) {
        return new DealHeader(f.money(d.getCurrency(), d.getAmount()), stageLabel(stages, d.getStage()),
                "Closes " + f.day(d.getCloseDate()), owner, DealHistoryViewModel.category(d.getForecastCategory()),
                scoreText(score, f), outcome(d, f));
    }

    /** The team's name for a stage; a stage the team's list no longer has keeps its built-in name. */
    static String stageLabel(Picklist stages, DealStage stage) {
        if (stage == null) {
            return "";
        }
        return stages.value(stage.name()).map(v -> v.label()).orElse(stage.label());
    }

    /** "Win probability 62% · predicted close 12 Jan 2027 (5 Jan 2027 – 30 Jan 2027)", or "Not scored yet". */
    static String scoreText(DealScore score, Formats f) {
        if (score == null || score.winProbability() == null) {
            return "Not scored yet";
        }
        String text = "Win probability " + score.winProbability() + "%";
        if (score.predictedClose() != null) {
            text += "  ·  predicted close " + f.day(score.predictedClose());
            if (score.closeLow() != null && score.closeHigh() != null) {
                text += " (" + f.day(score.closeLow()) + " – " + f.day(score.closeHigh()) + ")";
            }
        }
        return text;
    }

    /** "Won on 3 Dec 2026: best fit for their team", "Lost on …: price"; empty while open. */
    static String outcome(Deal d, Formats f) {
        if (d.getStage() == null || !d.getStage().isClosed()) {
            return "";
        }
        boolean won = d.getStage() == DealStage.CLOSED_WON;
        String reason = won ? d.getWonReason() : d.getLostReason();
        String when = d.getClosedAt() == null ? f.day(d.getCloseDate()) : f.day(d.getClosedAt());
        return (won ? "Won" : "Lost") + " on " + when + (reason == null || reason.isBlank() ? "" : ": " + reason);
    }
}
