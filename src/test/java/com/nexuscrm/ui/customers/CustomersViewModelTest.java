package com.nexuscrm.ui.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.AccountRow;
import com.nexuscrm.domain.ContactRow;
import com.nexuscrm.domain.DealSummary;
import com.nexuscrm.domain.RecordRef;
import com.nexuscrm.testing.InMemoryCustomers;
import com.nexuscrm.ui.leads.OwnerChoice;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Customers section over in-memory accounts and contacts; work runs synchronously. */
class CustomersViewModelTest {
    private final CustomersFixture f = new CustomersFixture();
    private final InMemoryCustomers store = new InMemoryCustomers();
    private CustomersViewModel customers;
    private AccountsViewModel accounts;
    private ContactsViewModel contacts;

    @BeforeEach
    void setUp() {
        store.accounts.saveAll(f.accounts());
        store.contacts.saveAll(f.contacts());
        store.deals.saveAll(f.deals());
        store.tickets.save(f.ticket);
        customers = f.open(store.accounts, store.contacts);
        accounts = customers.accounts();
        contacts = customers.contacts();
        customers.load();
    }

    private static List<String> names(List<AccountRow> rows) {
        return rows.stream().map(AccountRow::name).toList();
    }

    @Test
    void accountsAreSearchedAndFilteredByIndustryCountryAndOwner() {
        assertEquals(List.of("Acme Robotics", "Globex", "Initech"), names(accounts.visibleRows()));
        assertEquals("3 of 3 accounts", accounts.summaryProperty().get());
        accounts.searchProperty().set("acme.de");
        assertEquals(List.of("Acme Robotics"), names(accounts.visibleRows()));
        accounts.searchProperty().set("");
        accounts.industryProperty().set("Software");
        assertEquals(List.of("Acme Robotics", "Initech"), names(accounts.visibleRows()));
        accounts.countryProperty().set("France");
        assertEquals(List.of("Initech"), names(accounts.visibleRows()));
        accounts.industryProperty().set(null);
        accounts.ownerProperty().set(new OwnerChoice(OwnerChoice.Kind.USER, f.otto.getId(), "Otto Owner"));
        assertEquals(List.of("Globex"), names(accounts.visibleRows()));
        assertEquals("1 of 3 accounts", accounts.summaryProperty().get());
        assertEquals(java.util.Arrays.asList(null, "Manufacturing", "Software"), accounts.industries());
    }

    @Test
    void aSavedViewKeepsItsFiltersAndComesBackInANewSession() {
        accounts.industryProperty().set("Software");
        accounts.ownerProperty().set(OwnerChoice.ME);
        f.dialogs.answer = "My software";
        accounts.saveCurrentView();
        accounts.savedViewProperty().set(accounts.savedViews().get(0)); // All accounts
        assertEquals(3, accounts.visibleRows().size());

        CustomersViewModel again = f.open(store.accounts, store.contacts);
        again.load();
        SavedView mine = again.accounts().savedViews().stream().filter(v -> v.name().equals("My software")).findFirst()
                .orElseThrow();
        again.accounts().savedViewProperty().set(mine);
        assertEquals(List.of("Acme Robotics", "Initech"), names(again.accounts().visibleRows()));
        assertEquals(List.of(), again.contacts().savedViews().stream().filter(v -> v.name().equals("My software")).toList());
    }

    @Test
    void sortingByAColumnKeepsThatOrderWhileFiltering() {
        accounts.sortBy(Comparator.comparing(AccountRow::annualRevenue, Comparator.nullsLast(Comparator.reverseOrder())));
        assertEquals(List.of("Globex", "Acme Robotics", "Initech"), names(accounts.visibleRows()));
        accounts.sortBy(Comparator.comparing(AccountRow::name).reversed());
        accounts.industryProperty().set("Software");
        assertEquals(List.of("Initech", "Acme Robotics"), names(accounts.visibleRows()));
        accounts.sortBy(null);
        assertEquals(List.of("Acme Robotics", "Initech"), names(accounts.visibleRows()));
    }

    @Test
    void contactsFilterByAccountAndShowTheirAccountsName() {
        assertEquals(List.of("Ann Archer", "Bob Baker", "Carl Cole", "Dora Dunn"),
                contacts.visibleRows().stream().map(ContactRow::fullName).toList());
        assertEquals("Globex", contacts.visibleRows().get(2).accountName());
        assertEquals(4, contacts.accountChoices().size()); // any + 3 accounts
        contacts.accountProperty().set(new AccountChoice(f.acme.getId(), "Acme Robotics"));
        assertEquals(List.of("Ann Archer", "Bob Baker"), contacts.visibleRows().stream().map(ContactRow::fullName).toList());
        contacts.searchProperty().set("bob");
        assertEquals(1, contacts.visibleRows().size());
    }

    @Test
    void theAccountFormOffersTheTeamsIndustriesAndTheWorkspaceCurrency() {
        AccountDetailViewModel detail = accounts.detail();
        com.nexuscrm.domain.Picklist[] industries = {com.nexuscrm.domain.Picklists.defaults(
                com.nexuscrm.domain.PicklistName.INDUSTRY).withAdded("Space")};
        String[] currency = {"GBP"};
        detail.useTeamSettings(() -> industries[0], () -> currency[0]);
        assertEquals("Revenue (GBP)", detail.revenueLabelProperty().get());

        customers.open(RecordRef.account(f.acme.getId()));
        assertEquals("", detail.industryOptions().get(0), "no industry is a choice");
        assertTrue(detail.industryOptions().contains("Space"));
        assertTrue(detail.industryOptions().contains(f.acme.getIndustry()), "the account's own value is offered");
        assertEquals(f.acme.getIndustry(), detail.industryProperty().get());
        assertEquals("GBP", detail.currency());

        detail.industryProperty().set("Space");
        assertTrue(detail.save().isEmpty());
        assertEquals("Space", store.accounts.find(f.acme.getId()).orElseThrow().getIndustry());

        industries[0] = com.nexuscrm.domain.Picklists.defaults(com.nexuscrm.domain.PicklistName.INDUSTRY);
        currency[0] = "EUR"; // a sync brought a list without Space and another currency
        customers.open(RecordRef.account(f.acme.getId()));
        assertEquals("Space", detail.industryProperty().get(), "a retired value stays on the account");
        assertEquals("Space", detail.industryOptions().get(detail.industryOptions().size() - 1));
        assertEquals("Revenue (EUR)", detail.revenueLabelProperty().get());

        // a manager renames a value: the list shows the team's name for the stored key
        industries[0] = industries[0].withAdded("Space");
        industries[0] = industries[0].withValues(industries[0].values().stream()
                .map(v -> v.key().equals("Space") ? v.withLabel("Space and aviation") : v).toList());
        assertEquals("Space and aviation", accounts.industryName("Space"));
        assertEquals("", accounts.industryName(null));
    }

    @Test
    void openingAnAccountShowsItsContactsDealsAndTickets() {
        customers.open(RecordRef.account(f.acme.getId()));
        AccountDetailViewModel detail = accounts.detail();
        assertEquals("Acme Robotics", detail.headingProperty().get());
        assertEquals(f.acme.getId(), accounts.selectRequestProperty().get().id());
        assertEquals(List.of("Ann Archer", "Bob Baker"), detail.contacts().stream().map(ContactRow::fullName).toList());
        assertEquals(List.of("Acme renewal", "Acme pilot"), detail.deals().stream().map(DealSummary::name).toList());
        assertEquals("Robot arm stalls at start", detail.tickets().get(0).subject());
        assertEquals(RecordRef.account(f.acme.getId()), detail.recordProperty().get());

        detail.openContact(detail.contacts().get(0));
        assertEquals(CustomersViewModel.Tab.CONTACTS, customers.tabProperty().get());
        assertEquals("Ann Archer", contacts.detail().headingProperty().get());
        assertEquals(List.of("Acme renewal"), contacts.detail().deals().stream().map(DealSummary::name).toList());

        contacts.detail().openAccount();
        assertEquals(CustomersViewModel.Tab.ACCOUNTS, customers.tabProperty().get());
        assertEquals(f.acme.getId(), accounts.selectRequestProperty().get().id());
    }

    @Test
    void aRelatedDealOpensWhereDealsLive() {
        List<RecordRef> opened = new java.util.ArrayList<>();
        customers.openElsewhereWith(opened::add);
        customers.open(RecordRef.account(f.acme.getId()));
        DealSummary renewal = accounts.detail().deals().get(0);
        accounts.detail().openDeal(renewal);
        assertEquals(List.of(RecordRef.deal(renewal.id())), opened);
        assertEquals(CustomersViewModel.Tab.ACCOUNTS, customers.tabProperty().get(), "Customers stays as it was");
    }

    @Test
    void openingARecordHiddenByTheFiltersClearsThemAndOpeningBeforeLoadWaitsForIt() {
        accounts.industryProperty().set("Manufacturing");
        customers.openAccount(f.initech.getId());
        assertNull(accounts.industryProperty().get());
        assertTrue(accounts.visibleRows().stream().anyMatch(r -> r.id().equals(f.initech.getId())));

        CustomersViewModel fresh = f.open(store.accounts, store.contacts);
        fresh.openContact(f.dora.getId()); // the lists have not loaded yet
        assertNull(fresh.contacts().selectRequestProperty().get());
        fresh.load();
        assertEquals(f.dora.getId(), fresh.contacts().selectRequestProperty().get().id());
        assertEquals("Dora Dunn", fresh.contacts().detail().headingProperty().get());
    }

    @Test
    void badValuesShowTheirErrorsNextToTheFieldAndStoreNothing() {
        customers.openAccount(f.acme.getId());
        AccountDetailViewModel detail = accounts.detail();
        detail.nameProperty().set("  ");
        detail.domainProperty().set("not a domain");
        detail.annualRevenueProperty().set("lots");
        assertFalse(detail.save().isEmpty());
        assertTrue(detail.errors().containsKey("name"), detail.errors().toString());
        assertTrue(detail.errors().containsKey("domain"), detail.errors().toString());
        assertEquals("'lots' is not an amount, e.g. 2500000", detail.errors().get("annualRevenue"));
        assertEquals("Acme Robotics", store.accounts.find(f.acme.getId()).orElseThrow().getName());
        assertEquals("acme.de", store.accounts.find(f.acme.getId()).orElseThrow().getDomain());
    }

    @Test
    void aSavedEditUpdatesItsRowInPlace() {
        customers.openAccount(f.acme.getId());
        AccountDetailViewModel detail = accounts.detail();
        detail.nameProperty().set("Acme Robotics AG");
        detail.annualRevenueProperty().set("6,100,000");
        assertTrue(detail.save().isEmpty());
        assertTrue(f.dialogs.errors.isEmpty(), f.dialogs.errors.toString());
        assertEquals(0, new BigDecimal("6100000").compareTo(store.accounts.find(f.acme.getId()).orElseThrow().getAnnualRevenue()));
        assertEquals("Acme Robotics AG", accounts.allRows().get(0).name());
        assertEquals(3, accounts.allRows().size());
        assertEquals("Acme Robotics AG", detail.headingProperty().get());
    }

    @Test
    void aNewContactIsCreatedAtAnAccountAndDeletingAsksFirst() {
        contacts.newContact();
        ContactDetailViewModel detail = contacts.detail();
        assertTrue(detail.creatingProperty().get());
        detail.lastNameProperty().set("Evans");
        detail.emailProperty().set("eve@acme.de");
        detail.accountProperty().set(contacts.accountChoices().stream()
                .filter(a -> "Acme Robotics".equals(a.name())).findFirst().orElseThrow());
        assertTrue(detail.save().isEmpty());
        ContactRow created = contacts.allRows().get(0);
        assertEquals("Evans", created.fullName());
        assertEquals("Acme Robotics", created.accountName());
        assertEquals(f.rita.getId(), store.contacts.find(created.id()).orElseThrow().getOwnerId());
        assertEquals(created.id(), contacts.selectRequestProperty().get().id());
        assertEquals(5, contacts.allRows().size());

        f.dialogs.confirmAnswer = false;
        detail.delete();
        assertFalse(store.contacts.find(created.id()).orElseThrow().isDeleted());
        f.dialogs.confirmAnswer = true;
        detail.delete();
        assertTrue(store.contacts.find(created.id()).orElseThrow().isDeleted());
        assertEquals("Delete contact: Delete the contact 'Evans'? Their deals are kept. The deletion syncs to your team.",
                f.dialogs.confirmations.get(0));
        assertEquals(4, contacts.allRows().size());
        assertFalse(detail.editingProperty().get());
    }

    @Test
    void aNewAccountNeedsANameAndIsOwnedByMe() {
        accounts.newAccount();
        AccountDetailViewModel detail = accounts.detail();
        assertEquals("New account", detail.headingProperty().get());
        assertEquals(List.of("name"), detail.save().stream().map(e -> e.field()).distinct().toList());
        assertEquals(3, store.accounts.count());
        detail.nameProperty().set("Umbrella");
        detail.employeesProperty().set("250");
        assertTrue(detail.save().isEmpty());
        assertEquals(4, store.accounts.count());
        assertEquals("Umbrella", accounts.allRows().get(0).name());
        assertEquals(f.rita.getId(), accounts.allRows().get(0).ownerId());
    }
}
