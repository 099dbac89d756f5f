package com.nexuscrm.domain.deal;

import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.ForecastCategory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What the forecast needs of one deal. {@code closedOn} is the day it closed (in the workspace's zone), null while
 * open; {@code modelProbability} the models' win probability (1–99) when the deal has been scored, else null;
 * {@code stageProbability} its stage's probability from the team's DEAL_STAGE picklist (0–100); {@code currency} the
 * amount's ISO code (null: the team's currency).
 */
public record ForecastDeal(UUID id, String name, UUID ownerId, UUID teamId, DealStage stage, BigDecimal amount,
                           LocalDate closeDate, LocalDate closedOn, ForecastCategory category, Integer modelProbability,
                           int stageProbability, String currency) {
    /** Which probability weighted a deal: the model's, or its stage's when it has no score. */
    public enum Source { MODEL, STAGE }

    public ForecastDeal {
        amount = amount == null ? BigDecimal.ZERO : amount;
        category = category == null ? ForecastCategory.PIPELINE : category;
    }

    /** A deal in the team's currency. */
    public ForecastDeal(UUID id, String name, UUID ownerId, UUID teamId, DealStage stage, BigDecimal amount,
                        LocalDate closeDate, LocalDate closedOn, ForecastCategory category, Integer modelProbability,
                        int stageProbability) {
        this(id, name, ownerId, teamId, stage, amount, closeDate, closedOn, category, modelProbability, stageProbability, null);
    }

    /** The same deal with its amount in the team's currency. */
    public ForecastDeal converted(BigDecimal teamAmount, String teamCurrency) {
        return new ForecastDeal(id, name, ownerId, teamId, stage, teamAmount, closeDate, closedOn, category, modelProbability,
                stageProbability, teamCurrency);
    }

    /** The win probability the forecast weights it by, in percent: the model's when present, else the stage's. */
    public int probability() {
        return modelProbability != null ? modelProbability : stageProbability;
    }

    public Source source() {
        return modelProbability != null ? Source.MODEL : Source.STAGE;
    }

    public boolean isOpen() {
        return stage != null && !stage.isClosed();
    }

    /** Late stages, where a low chance of winning is a risk worth a manager's look rather than early-stage noise. */
    public boolean isLate() {
        return stage == DealStage.PROPOSAL || stage == DealStage.NEGOTIATION;
    }
}
