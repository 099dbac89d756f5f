package com.nexuscrm.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A contact of an account with the roles it holds in the account's deals' buying groups (distinct, in role order)
 * and when an activity with it last happened (null when never).
 */
public record AccountContactRow(UUID contactId, List<DealRole> roles, Instant lastContactAt) {
    public AccountContactRow {
        roles = List.copyOf(roles);
    }
}
