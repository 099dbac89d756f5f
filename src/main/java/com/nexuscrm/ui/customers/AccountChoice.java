package com.nexuscrm.ui.customers;

import java.util.UUID;

/** An account as a filter or form choice; {@link #NONE} stands for "any account" in a filter and "no account" in a form. */
public record AccountChoice(UUID id, String name) {
    public static final AccountChoice NONE = new AccountChoice(null, "");

    public boolean matches(UUID accountId) {
        return id == null || id.equals(accountId);
    }

    @Override
    public String toString() {
        return name;
    }
}
