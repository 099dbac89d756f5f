package com.nexuscrm.domain;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Account scores (churn risk) in their narrow local table ({@code account_score}), beside the account and never
 * in the synced account row, so a rescoring writes only scores and queues nothing for sync.
 */
public interface AccountScoreStore {
    Optional<AccountScore> find(UUID accountId);

    /** Every stored score, by account. */
    Map<UUID, AccountScore> all();

    /** Stores the scores (insert or replace by account), in batches, all or nothing. */
    void write(Collection<AccountScore> scores);
}
