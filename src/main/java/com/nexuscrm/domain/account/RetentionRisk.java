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
    public RetentionRisk {
        reasons = List.copyOf(reasons);
    }
}
