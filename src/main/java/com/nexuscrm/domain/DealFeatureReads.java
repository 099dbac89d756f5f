package com.nexuscrm.domain;

import java.util.List;

/**
 * The fields the deal features are built from, read as narrow projections (no managed entities): each record holds
 * only what the features use, so it is for reading features and nothing else (never saved).
 */
public interface DealFeatureReads {
    /** Every live deal and, for those, the history (oldest first within a deal), people, items and activities. */
    Records read();

    /**
     * Transient records with only the feature fields set: deals (stage, amount, dates, forecast category, owner,
     * account, last call), their history, accounts (industry, size, revenue), contacts (title), buying-group roles,
     * line items (the deal only) and the activities of deals (the deal and when).
     */
    record Records(List<Deal> deals, List<DealChange> history, List<Account> accounts, List<Contact> contacts,
                   List<DealContact> roles, List<DealLineItem> lineItems, List<Activity> activities) { }
}
