package com.nexuscrm.domain.campaign;

/**
 * One arm's posterior in numbers: its mean and 90% equal-tailed credible interval, and the segment's own pulls and
 * successes (the posterior may also hold a prior learnt from other segments).
 */
public record ArmReport(String arm, double mean, double low90, double high90, long pulls, long successes) {
    public static ArmReport of(String arm, ArmCounts counts, BetaPosterior posterior) {
        double[] interval = posterior.credibleInterval(0.9);
        return new ArmReport(arm, posterior.mean(), interval[0], interval[1], counts.pulls(), counts.successes());
    }
}
