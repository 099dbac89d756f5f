package com.nexuscrm.ui.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.AccountRow;
import com.nexuscrm.domain.ContactRow;
import com.nexuscrm.domain.DealSummary;
import com.nexuscrm.domain.SupportTicket;
import com.nexuscrm.domain.TicketSummary;
import com.nexuscrm.domain.User;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.testing.InMemoryCustomers;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The list rows and related lists of {@code StoredAccounts}/{@code StoredContacts} on a real encrypted workspace:
 * live records only, the contact's account name from the join, related lists in their order; they agree with
 * the in-memory fake the ViewModel tests use; edits and deletes made through the screen are captured for sync.
 */
class CustomersStoreTest {
    @TempDir
    Path dir;
    private final CustomersFixture f = new CustomersFixture();
    private final InMemoryCustomers fake = new InMemoryCustomers();
    private WorkspaceStore store;

    @BeforeEach
    void setUp() {
        store = WorkspaceStore.create(dir, "customers-store-test".toCharArray());
        store.repository(User.class).saveAll(List.of(f.rita, f.otto));
        store.accounts().saveAll(f.accounts());
        store.contacts().saveAll(f.contacts());
        store.repository(com.nexuscrm.domain.Deal.class).saveAll(f.deals());
        store.repository(SupportTicket.class).save(f.ticket);
        fake.accounts.saveAll(f.accounts());
        fake.contacts.saveAll(f.contacts());
        fake.deals.saveAll(f.deals());
        fake.tickets.save(f.ticket);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private static List<AccountRow> byName(List<AccountRow> rows) {
        return rows.stream().sorted(Comparator.comparing(AccountRow::name)).toList();
    }

    private static List<ContactRow> byLastName(List<ContactRow> rows) {
        return rows.stream().sorted(Comparator.comparing(ContactRow::lastName)).toList();
    }

    @Test
    void rowsAndRelatedListsComeFromTheStoreAsTheFakeHasThem() {
        List<AccountRow> accounts = byName(store.accounts().rows());
        assertEquals(List.of("Acme Robotics", "Globex", "Initech"), accounts.stream().map(AccountRow::name).toList());
        assertEquals(0, new BigDecimal("5828000").compareTo(accounts.get(0).annualRevenue()));
        assertEquals(f.rita.getId(), accounts.get(0).ownerId());
        assertEquals(byName(fake.accounts.rows()).stream().map(AccountRow::id).toList(),
                accounts.stream().map(AccountRow::id).toList());

        List<ContactRow> contacts = byLastName(store.contacts().rows());
        assertEquals(List.of("Acme Robotics", "Acme Robotics", "Globex"),
                contacts.subList(0, 3).stream().map(ContactRow::accountName).toList());
        assertNull(contacts.get(3).accountName());
        assertEquals(byLastName(fake.contacts.rows()), contacts);

        assertEquals(List.of("Ann Archer", "Bob Baker"),
                store.accounts().contacts(f.acme.getId()).stream().map(ContactRow::fullName).toList());
        List<DealSummary> deals = store.accounts().deals(f.acme.getId());
        assertEquals(List.of("Acme renewal", "Acme pilot"), deals.stream().map(DealSummary::name).toList());
        assertEquals(fake.accounts.deals(f.acme.getId()), deals);
        assertEquals("EUR", deals.get(0).currency());
        List<TicketSummary> tickets = store.accounts().tickets(f.acme.getId());
        assertEquals(fake.accounts.tickets(f.acme.getId()), tickets);
        assertEquals(List.of("Acme renewal"), store.contacts().deals(f.ann.getId()).stream().map(DealSummary::name).toList());
        assertEquals(List.of(), store.contacts().deals(f.bob.getId()));
        assertEquals(List.of(), store.accounts().tickets(f.globex.getId()));
    }

    @Test
    void tombstonesLeaveTheListsAndADeletedAccountLeavesItsContactsWithoutAName() {
        store.accounts().delete(f.globex.getId());
        store.contacts().delete(f.bob.getId());
        assertEquals(2, store.accounts().rows().size());
        assertEquals(List.of("Ann Archer"),
                store.accounts().contacts(f.acme.getId()).stream().map(ContactRow::fullName).toList());
        ContactRow carl = store.contacts().row(f.carl.getId());
        assertEquals(f.globex.getId(), carl.accountId());
        assertNull(carl.accountName());
        assertEquals(3, store.contacts().rows().size());
    }

    @Test
    void editsAndDeletesFromTheScreenAreCapturedForSync() {
        CustomersViewModel customers = f.open(store.accounts(), store.contacts());
        customers.load();
        customers.openAccount(f.initech.getId());
        long before = store.outbox().size();
        customers.accounts().detail().cityProperty().set("Paris");
        assertTrue(customers.accounts().detail().save().isEmpty());
        assertEquals("Paris", store.accounts().row(f.initech.getId()).city());
        customers.openContact(f.dora.getId());
        customers.contacts().detail().delete();
        assertTrue(store.contacts().find(f.dora.getId()).orElseThrow().isDeleted());
        assertEquals(before + 2, store.outbox().size());
        assertTrue(f.dialogs.errors.isEmpty(), f.dialogs.errors.toString());
    }
}
