package com.nexuscrm.domain.account;

import com.nexuscrm.domain.ProductUsage;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * When an account churned, read from its product usage: a customer that churns stops using the product, so its
 * monthly usage rows end. An account churned in the month after its last usage month when the workspace has
 * usage of other accounts for at least {@value #QUIET_MONTHS} later months without any of its own (one missing
 * month may be a late import, not a lost customer). An account still reporting usage, or whose silence is
 * younger than that, has not churned (yet).
 * <p>
 * The label for a cut-off month {@code C}: the account is active at {@code C} (it has usage for the month
 * before), and it churns in the {@value #WINDOW_MONTHS} months from {@code C} on. Every such label is decided when
 * {@code C} is at least {@value #WINDOW_MONTHS} months before the workspace's newest usage month
 * ({@link #latestCutOff}).
 */
public final class ChurnHistory {
    /** Months of silence at the end of the data that make a stop a churn. */
    public static final int QUIET_MONTHS = 2;
    /** The horizon of the churn risk: churn within this many months of the cut-off. */
    public static final int WINDOW_MONTHS = 3;

    private ChurnHistory() { }

    /** The newest usage month in the workspace; null when there is no usage at all. */
    public static LocalDate dataEnd(Collection<ProductUsage> all) {
        return all.stream().map(ProductUsage::getPeriodStart).filter(Objects::nonNull).map(ChurnHistory::month)
                .max(LocalDate::compareTo).orElse(null);
    }

    /** The account's last usage month; null when it has none. */
    public static LocalDate lastUsage(List<ProductUsage> usage) {
        return dataEnd(usage);
    }

    /** The month the account churned (the first month without usage), or null when it has not churned. */
    public static LocalDate churnMonth(List<ProductUsage> usage, LocalDate dataEnd) {
        LocalDate last = lastUsage(usage);
        if (last == null || dataEnd == null || last.plusMonths(QUIET_MONTHS).isAfter(dataEnd)) {
            return null;
        }
        return last.plusMonths(1);
    }

    /** The newest cut-off whose labels are all decided; null without usage. */
    public static LocalDate latestCutOff(LocalDate dataEnd) {
        return dataEnd == null ? null : month(dataEnd).minusMonths(WINDOW_MONTHS);
    }

    /** Active at the cut-off: usage reported for the month just before it. */
    public static boolean activeAt(List<ProductUsage> usage, LocalDate cutOff) {
        LocalDate before = month(cutOff).minusMonths(1);
        return usage.stream().anyMatch(u -> u.getPeriodStart() != null && month(u.getPeriodStart()).equals(before));
    }

    /** 1 when the account, active at {@code cutOff}, churns within the window from it; 0 when it does not. */
    public static int label(List<ProductUsage> usage, LocalDate cutOff, LocalDate dataEnd) {
        LocalDate churned = churnMonth(usage, dataEnd);
        return churned != null && !churned.isBefore(month(cutOff)) && churned.isBefore(month(cutOff).plusMonths(WINDOW_MONTHS))
                ? 1 : 0;
    }

    static LocalDate month(LocalDate day) {
        return day.withDayOfMonth(1);
    }
}
