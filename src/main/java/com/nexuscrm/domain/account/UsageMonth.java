package com.nexuscrm.domain.account;

import java.time.LocalDate;

/** One month of an account's product usage. */
public record UsageMonth(LocalDate month, int seats, int activeUsers, int sessions, double featureAdoption) {

    /** Active users over seats; null without seats. */
    public Double utilisation() {
        return seats <= 0 ? null : (double) activeUsers / seats;
    }
}
