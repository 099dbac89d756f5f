package com.nexuscrm.scoring;

import com.nexuscrm.domain.Lead;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * How much of a mature lead's activity a lead has had by a given age, learnt from the workspace. A
 * lead that arrived yesterday has opened fewer emails than one that has been around for a month, not
 * because it is colder but because it is newer; the network learns from mature leads, so a young lead's
 * counts are divided by the share of activity leads of its age usually have. The curve is fitted on every
 * lead's activity and age, never on outcomes, so it cannot leak the label.
 */
public record Maturity(List<Double> bucketEndsDays, List<Double> shares) {
    static final double[] ENDS = {1, 2, 4, 7, 14, 21, 30};
    /** From this age on a lead counts as mature: its activity is taken as it is. */
    static final int MATURE_DAYS = 30;
    static final int MINIMUM_PER_BUCKET = 20;
    public static final Maturity NONE = new Maturity(List.of(), List.of());

    /** Mean activity of leads in each age bucket over that of leads 30 days or older, between 0.05 and 1. */
    static Maturity fit(List<Lead> leads, Instant now) {
        double[] sums = new double[ENDS.length + 1];
        int[] counts = new int[ENDS.length + 1];
        for (Lead lead : leads) {
            Double age = ageDays(lead, now);
            if (age != null) {
                int bucket = bucket(age);
                sums[bucket] += touches(lead);
                counts[bucket]++;
            }
        }
        if (counts[ENDS.length] < MINIMUM_PER_BUCKET) {
            return NONE;
        }
        double mature = sums[ENDS.length] / counts[ENDS.length];
        List<Double> ends = new ArrayList<>();
        List<Double> shares = new ArrayList<>();
        for (int b = 0; b < ENDS.length; b++) {
            ends.add(ENDS[b]);
            double share = counts[b] < MINIMUM_PER_BUCKET || mature <= 0 ? 1 : sums[b] / counts[b] / mature;
            shares.add(Math.max(0.05, Math.min(1, share)));
        }
        return new Maturity(ends, shares);
    }

    /** The share of mature activity a lead of this age has had; 1 when mature, unknown or not fitted. */
    double share(Lead lead, Instant now) {
        Double age = ageDays(lead, now);
        if (age == null || bucketEndsDays.isEmpty()) {
            return 1;
        }
        int bucket = bucket(age);
        return bucket < shares.size() ? shares.get(bucket) : 1;
    }

    private static int bucket(double age) {
        for (int b = 0; b < ENDS.length; b++) {
            if (age < ENDS[b]) {
                return b;
            }
        }
        return ENDS.length;
    }

    private static Double ageDays(Lead lead, Instant now) {
        if (lead.getCreatedAt() == null) {
            return null;
        }
        double days = Duration.between(lead.getCreatedAt(), now).toMinutes() / 1440.0;
        return days < 0 ? 0.0 : days;
    }

    private static double touches(Lead l) {
        return Math.max(0, l.getEmailOpens()) + Math.max(0, l.getEmailClicks()) + Math.max(0, l.getEmailReplies())
                + Math.max(0, l.getWebSessions()) + Math.max(0, l.getPricingPageVisits()) + Math.max(0, l.getContentDownloads());
    }
}
