package com.nexuscrm.domain.campaign;

import java.util.Random;

/** A Beta(alpha, beta) belief about an arm's rate of reaching the goal. */
public record BetaPosterior(double alpha, double beta) {
    /** The uniform Beta(1, 1): every rate equally likely. */
    public static final BetaPosterior UNIFORM = new BetaPosterior(1, 1);

    public BetaPosterior {
        if (!(alpha > 0 && beta > 0) || Double.isInfinite(alpha) || Double.isInfinite(beta)) {
            throw new IllegalArgumentException("A Beta distribution needs finite alpha and beta above 0, not " + alpha
                    + " and " + beta + ".");
        }
    }

    public double mean() {
        return alpha / (alpha + beta);
    }

    /** The equal-tailed credible interval holding {@code mass} of the belief, e.g. 0.9: {low, high}. */
    public double[] credibleInterval(double mass) {
        double tail = (1 - mass) / 2;
        return new double[] {BetaDistribution.quantile(tail, alpha, beta), BetaDistribution.quantile(1 - tail, alpha, beta)};
    }

    /** A Thompson draw of the arm's rate. */
    public double sample(Random random) {
        return BetaDistribution.sample(alpha, beta, random);
    }
}
