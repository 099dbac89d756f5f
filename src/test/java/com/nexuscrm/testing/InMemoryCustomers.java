package com.nexuscrm.testing;

import com.nexuscrm.domain.Account;
import com.nexuscrm.domain.AccountRepository;
import com.nexuscrm.domain.AccountRow;
import com.nexuscrm.domain.Contact;
import com.nexuscrm.domain.ContactRepository;
import com.nexuscrm.domain.ContactRow;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealSummary;
import com.nexuscrm.domain.SupportTicket;
import com.nexuscrm.domain.TicketSummary;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Accounts and contacts in memory, with the deals and tickets their related lists read, behaving like storage's
 * {@code StoredAccounts}/{@code StoredContacts}: rows and related lists hold live records only, a contact's row
 * names its live account, related lists come in the store's order (contacts by name, deals latest close date
 * first, tickets newest first).
 */
public final class InMemoryCustomers {
    public final InMemoryRecords<Deal> deals = new InMemoryRecords<>();
    public final InMemoryRecords<SupportTicket> tickets = new InMemoryRecords<>();
    public final Accounts accounts = new Accounts();
    public final Contacts contacts = new Contacts();

    private static final Comparator<DealSummary> DEAL_ORDER = Comparator.comparing(DealSummary::closeDate,
            Comparator.nullsFirst(Comparator.<java.time.LocalDate>reverseOrder()));

    /** Amounts as the store's {@code numeric(19,2)} columns give them back. */
    private static java.math.BigDecimal cents(java.math.BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private List<DealSummary> deals(Predicate<Deal> which) {
        return deals.findAll().stream().filter(which).map(d -> new DealSummary(d.getId(), d.getName(), d.getStage(),
                cents(d.getAmount()), d.getCurrency(), d.getCloseDate())).sorted(DEAL_ORDER).toList();
    }

    /** {@link AccountRepository} over the accounts of this workspace. */
    public final class Accounts extends InMemoryRecords<Account> implements AccountRepository {
        @Override
        public synchronized List<AccountRow> rows() {
            return findAll().stream().map(Accounts::row).toList();
        }

        private static AccountRow row(Account a) {
            return new AccountRow(a.getId(), a.getName(), a.getDomain(), a.getIndustry(), a.getCountry(), a.getCity(),
                    a.getEmployees(), cents(a.getAnnualRevenue()), a.getOwnerId(), a.getCreatedAt());
        }

        @Override
        public synchronized AccountRow row(UUID id) {
            return find(id).map(Accounts::row).orElseThrow(() -> new NoSuchElementException("No account " + id));
        }

        @Override
        public List<ContactRow> contacts(UUID accountId) {
            return contacts.rows().stream().filter(c -> accountId.equals(c.accountId()))
                    .sorted(Comparator.comparing((ContactRow c) -> c.lastName()).thenComparing(c -> String.valueOf(c.firstName())))
                    .toList();
        }

        @Override
        public List<DealSummary> deals(UUID accountId) {
            return InMemoryCustomers.this.deals(d -> accountId.equals(d.getAccountId()));
        }

        @Override
        public List<TicketSummary> tickets(UUID accountId) {
            return tickets.findAll().stream().filter(t -> accountId.equals(t.getAccountId()))
                    .sorted(Comparator.comparing(SupportTicket::getOpenedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                    .map(t -> new TicketSummary(t.getId(), t.getSubject(), t.getStatus(), t.getPriority(), t.getOpenedAt()))
                    .toList();
        }
    }

    /** {@link ContactRepository} over the contacts of this workspace. */
    public final class Contacts extends InMemoryRecords<Contact> implements ContactRepository {
        @Override
        public synchronized List<ContactRow> rows() {
            return findAll().stream().map(this::row).toList();
        }

        private ContactRow row(Contact c) {
            String accountName = c.getAccountId() == null ? null : accounts.find(c.getAccountId())
                    .filter(a -> !a.isDeleted()).map(Account::getName).orElse(null);
            return new ContactRow(c.getId(), c.getFirstName(), c.getLastName(), c.getEmail(), c.getPhone(), c.getTitle(),
                    c.getAccountId(), accountName, c.getOwnerId(), c.getCreatedAt());
        }

        @Override
        public synchronized ContactRow row(UUID id) {
            return find(id).map(this::row).orElseThrow(() -> new NoSuchElementException("No contact " + id));
        }

        @Override
        public List<DealSummary> deals(UUID contactId) {
            return InMemoryCustomers.this.deals(d -> contactId.equals(d.getPrimaryContactId()));
        }
    }
}
