package com.nexuscrm.domain.account;

import java.util.List;

/**
 * The churn model's estimate for an account, as the insights carry it: supplied by the churn model (another part of
 * the build) through {@code usecase.AccountInsights}' optional churn source; absent when no model is trained.
 *
 * @param probability the chance the account leaves, 0..1
 * @param band        the model's words for it ("High", "Medium", "Low")
 * @param reasons     the factors behind it, most important first
 * @param model       which model version said so
 */
public record RetentionRisk(double probability, String band, List<String> reasons, String model) {
    public static final String HIGH = "High";
    public static final String MEDIUM = "Medium";
    public static final String LOW = "Low";
    /** From this churn risk (1–99) an account's risk is high: about three times the sample's monthly base rate. */
    public static final int HIGH_FROM = 30;
    public static final int MEDIUM_FROM = 15;

    public RetentionRisk {
        reasons = List.copyOf(reasons);
    }

    /** The churn model's score (1–99) as a risk with its band ({@value #HIGH_FROM}+ high, {@value #MEDIUM_FROM}+ medium). */
    public static RetentionRisk ofScore(int churnRisk, List<String> reasons, String model) {
        String band = churnRisk >= HIGH_FROM ? HIGH : churnRisk >= MEDIUM_FROM ? MEDIUM : LOW;
        return new RetentionRisk(churnRisk / 100.0, band, reasons, model);
    }
}
