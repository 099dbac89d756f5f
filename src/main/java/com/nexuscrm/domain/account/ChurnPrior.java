package com.nexuscrm.domain.account;

import com.nexuscrm.domain.ScoreFactor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The churn risk used until a churn model is trained (and for an account the model cannot read): a few
 * plain rules over {@link ChurnFeatures}, each adding points to a base rate of {@value #BASE}% and saying why.
 * Not learned; the reasons say so. An account with neither usage nor tickets gets no risk at all, only the
 * reason "not enough data".
 */
public final class ChurnPrior {
    static final int BASE = 10;
    public static final String VERSION = "rules-prior";

    /** A risk (null when there is not enough data) and its reasons, strongest first. */
    public record Risk(Integer risk, List<ScoreFactor> reasons) { }

    private ChurnPrior() { }

    /** The reason given instead of a number when an account has no usage and no tickets. */
    public static ScoreFactor notEnoughData() {
        return new ScoreFactor("Not enough data: no product usage and no support tickets recorded for this account", 0);
    }

    public static Risk assess(ChurnFeatures f) {
        if (!f.enoughData()) {
            return new Risk(null, List.of(notEnoughData()));
        }
        List<ScoreFactor> reasons = new ArrayList<>();
        if (f.utilisation() == null) {
            reasons.add(new ScoreFactor("No product usage in the last " + ChurnFeatures.LOOKBACK_MONTHS + " months", 20));
        } else if (f.utilisation() < 0.4) {
            reasons.add(new ScoreFactor(percent("Only %.0f%% of seats active last month", f.utilisation()), 15));
        } else if (f.utilisation() < 0.6) {
            reasons.add(new ScoreFactor(percent("%.0f%% of seats active last month", f.utilisation()), 7));
        } else if (f.utilisation() >= 0.8) {
            reasons.add(new ScoreFactor(percent("%.0f%% of seats active last month", f.utilisation()), -4));
        }
        if (f.utilisationSlope() != null && f.utilisationSlope() < -0.03) {
            reasons.add(new ScoreFactor(percent("Active seats falling %.0f points a month", -f.utilisationSlope()), 12));
        } else if (f.utilisationSlope() != null && f.utilisationSlope() > 0.03) {
            reasons.add(new ScoreFactor(percent("Active seats rising %.0f points a month", f.utilisationSlope()), -4));
        }
        if (f.severeTickets() != null && f.severeTickets() >= 2) {
            reasons.add(new ScoreFactor(String.format(Locale.ROOT, "%.0f high or urgent tickets in the last %d days",
                    f.severeTickets(), ChurnFeatures.RECENT_DAYS), 8));
        }
        if (f.openTickets() != null && f.openTickets() >= 3) {
            reasons.add(new ScoreFactor(String.format(Locale.ROOT, "%.0f tickets open", f.openTickets()), 6));
        }
        if (f.satisfaction() != null && f.satisfaction() <= 2.5) {
            reasons.add(new ScoreFactor(String.format(Locale.ROOT, "Low ticket satisfaction (%.1f of 5)", f.satisfaction()), 10));
        } else if (f.satisfaction() != null && f.satisfaction() >= 4.5) {
            reasons.add(new ScoreFactor(String.format(Locale.ROOT, "High ticket satisfaction (%.1f of 5)", f.satisfaction()), -3));
        }
        int risk = BASE + reasons.stream().mapToInt(ScoreFactor::points).sum();
        List<ScoreFactor> sorted = new ArrayList<>(reasons.stream()
                .sorted(Comparator.comparingInt((ScoreFactor r) -> -Math.abs(r.points()))).toList());
        sorted.add(0, new ScoreFactor("No churn model trained yet (nexus train churn): rules over usage and tickets,"
                + " from a usual " + BASE + "% a quarter", 0));
        return new Risk(Math.max(1, Math.min(99, risk)), sorted);
    }

    private static String percent(String format, double share) {
        return String.format(Locale.ROOT, format, 100 * share);
    }
}
