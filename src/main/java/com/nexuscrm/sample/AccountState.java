package com.nexuscrm.sample;

import com.nexuscrm.domain.Account;
import com.nexuscrm.domain.Contact;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An account with its company, contacts and won business so far (which makes it a customer). */
final class AccountState {
    private final Account account;
    private final Company company;
    private final List<Contact> contacts = new ArrayList<>();
    private Instant firstWonAt;
    private double wonAmount;

    AccountState(Account account, Company company) {
        this.account = account;
        this.company = company;
    }

    Account account() { return account; }
    Company company() { return company; }
    List<Contact> contacts() { return contacts; }
    Instant firstWonAt() { return firstWonAt; }
    double wonAmount() { return wonAmount; }
    boolean isCustomer() { return firstWonAt != null; }

    void recordWin(Instant closedAt, double amount) {
        if (firstWonAt == null || closedAt.isBefore(firstWonAt)) {
            firstWonAt = closedAt;
        }
        wonAmount += amount;
    }
}
