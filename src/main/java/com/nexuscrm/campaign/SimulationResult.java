package com.nexuscrm.campaign;

import com.nexuscrm.domain.campaign.ArmSpace;
import com.nexuscrm.domain.campaign.Choice;
import com.nexuscrm.domain.campaign.DimensionReport;
import com.nexuscrm.domain.campaign.Segment;
import java.util.List;

/**
 * What {@link CampaignSimulation} found. Regret is expected replies lost against always sending each lead its
 * segment's truly best choice: the sum over leads of best rate - chosen rate (so it does not depend on which
 * replies happened to arrive).
 */
public record SimulationResult(int leads, long seed, ArmSpace arms, double explorationFloor, Choice fixedGuess,
                               List<Checkpoint> curve, Totals bandit, Totals uniform, Totals fixed, double bestExpectedReplies,
                               Shown shown) {
    public SimulationResult {
        curve = List.copyOf(curve);
    }

    /** Cumulative regret of each policy after {@code leads} leads. */
    public record Checkpoint(int leads, double bandit, double uniform, double fixed) { }

    /** A policy's final cumulative regret and the replies it actually drew. */
    public record Totals(double regret, long replies) { }

    /** One segment's bandit posteriors beside its truth. */
    public record Shown(Segment segment, int leads, Choice trueBest, double trueBestRate, double uniformRate,
                        List<DimensionReport> posteriors) {
        public Shown {
            posteriors = List.copyOf(posteriors);
        }
    }

    /** The bandit's final regret as a share of uniform choice's: below 1 means the bandit lost fewer replies. */
    public double banditOverUniform() {
        return bandit.regret() / uniform.regret();
    }

    /** The bandit's final regret as a share of the fixed best guess's. */
    public double banditOverFixed() {
        return bandit.regret() / fixed.regret();
    }
}
