package com.nexuscrm.cli;

import com.nexuscrm.campaign.SimulationResult;
import com.nexuscrm.domain.campaign.ArmReport;
import com.nexuscrm.domain.campaign.ArmSpace;
import com.nexuscrm.domain.campaign.Choice;
import com.nexuscrm.domain.campaign.DimensionReport;

/** {@code nexus simulate campaign}'s report in words and columns. */
final class SimulationText {
    private SimulationText() { }

    static String of(SimulationResult r) {
        StringBuilder out = new StringBuilder();
        ArmSpace arms = r.arms();
        out.append(String.format("Campaign simulation: %,d leads, seed %d, %d send-time buckets (%s), %d channels, %d variants;"
                        + " exploration floor %.0f%%%n", r.leads(), r.seed(), arms.grid().size(), arms.grid().name().toLowerCase(),
                arms.channels().size(), arms.variants(), 100 * r.explorationFloor()));
        out.append("Cumulative regret = expected replies lost against sending each lead its segment's truly best choice:\n");
        out.append(String.format("%10s %10s %10s %12s%n", "leads", "bandit", "uniform", "fixed guess"));
        for (SimulationResult.Checkpoint c : r.curve()) {
            out.append(String.format("%,10d %10.1f %10.1f %12.1f%n", c.leads(), c.bandit(), c.uniform(), c.fixed()));
        }
        out.append(String.format("Final regret: bandit %.1f, uniform %.1f, fixed guess (%s) %.1f%n", r.bandit().regret(),
                r.uniform().regret(), choice(arms, r.fixedGuess()), r.fixed().regret()));
        out.append(String.format("Bandit / uniform = %.2f; bandit / fixed guess = %.2f%n", r.banditOverUniform(), r.banditOverFixed()));
        out.append(String.format("Replies: bandit %,d, uniform %,d, fixed guess %,d (always the best choice: %,.0f expected)%n",
                r.bandit().replies(), r.uniform().replies(), r.fixed().replies(), r.bestExpectedReplies()));
        SimulationResult.Shown s = r.shown();
        out.append(String.format("%nPosteriors for segment %s (%,d leads; truly best: %s at %.1f%%, uniform choice earns %.1f%%):%n",
                s.segment().key(), s.leads(), choice(arms, s.trueBest()), 100 * s.trueBestRate(), 100 * s.uniformRate()));
        for (DimensionReport d : s.posteriors()) {
            out.append(String.format("  %s (best %s, estimated uplift over uniform %+.0f%%)%n", d.dimension().label(),
                    d.arms().get(d.best()).arm(), 100 * d.upliftOverUniform()));
            out.append(String.format("    %-15s %6s %17s %7s %8s%n", "arm", "mean", "90% interval", "pulls", "replies"));
            for (ArmReport a : d.arms()) {
                out.append(String.format("    %-15s %5.1f%% %7.1f%% - %5.1f%% %7d %8d%n", a.arm(), 100 * a.mean(), 100 * a.low90(),
                        100 * a.high90(), a.pulls(), a.successes()));
            }
        }
        return out.toString().stripTrailing();
    }

    private static String choice(ArmSpace arms, Choice c) {
        return c.channel().label() + ", " + arms.grid().label(c.sendTime()) + ", variant " + Choice.variantLabel(c.variant());
    }
}
