package com.nexuscrm.domain.campaign;

import java.util.List;

/**
 * A dimension's arms for one segment, with the best arm (highest posterior mean) and its estimated uplift over
 * uniform choice: best mean / mean of all arms' means - 1 (uniform choice earns the average arm).
 */
public record DimensionReport(Dimension dimension, List<ArmReport> arms, int best, double upliftOverUniform) {
    public DimensionReport {
        arms = List.copyOf(arms);
    }

    public static DimensionReport of(Dimension dimension, List<ArmReport> arms) {
        int best = 0;
        double sum = 0;
        for (int i = 0; i < arms.size(); i++) {
            sum += arms.get(i).mean();
            if (arms.get(i).mean() > arms.get(best).mean()) {
                best = i;
            }
        }
        double uniform = sum / arms.size();
        return new DimensionReport(dimension, arms, best, arms.get(best).mean() / uniform - 1);
    }
}
