package com.nexuscrm.domain.account;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The daily account snapshots (local table {@code account_health_snapshot}, never synced): at most one per account
 * per day, the first of the day kept.
 */
public interface HealthSnapshots {
    /** Every snapshot taken on {@code from} or later, any account, in no particular order. */
    List<HealthSnapshot> since(LocalDate from);

    /** Stores the snapshots whose account has none for their day yet (the others are left as they are); returns how many were stored. */
    int writeMissing(Collection<HealthSnapshot> snapshots);
}
