package com.nexuscrm.ui.customers;

import com.nexuscrm.domain.Account;
import com.nexuscrm.domain.AccountRepository;
import com.nexuscrm.domain.Contact;
import com.nexuscrm.domain.ContactRepository;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.Role;
import com.nexuscrm.domain.SupportTicket;
import com.nexuscrm.domain.TicketPriority;
import com.nexuscrm.domain.TicketStatus;
import com.nexuscrm.domain.User;
import com.nexuscrm.ui.common.DirectTaskExecutor;
import com.nexuscrm.ui.common.RecordingDialogs;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A small customer base for the Customers tests, over whichever repositories a test passes (in memory, or a real
 * workspace): Rita (me) and Otto; Acme (Software, Germany, Rita's) with contacts Ann and Bob, two deals and a
 * ticket; Globex (Manufacturing, France, Otto's) with Carl; Initech (Software, France, Rita's); Dora at no account.
 */
final class CustomersFixture {
    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    final User rita = user("Rita Rep");
    final User otto = user("Otto Owner");
    final Account acme = account("Acme Robotics", "acme.de", "Software", "Germany", rita, "5828000");
    final Account globex = account("Globex", "globex.fr", "Manufacturing", "France", otto, "12000000");
    final Account initech = account("Initech", "initech.fr", "Software", "France", rita, null);
    final Contact ann = contact("Ann", "Archer", acme, rita);
    final Contact bob = contact("Bob", "Baker", acme, rita);
    final Contact carl = contact("Carl", "Cole", globex, otto);
    final Contact dora = contact("Dora", "Dunn", null, rita);
    final Deal renewal = deal("Acme renewal", acme, ann, "48000", LocalDate.of(2026, 6, 30));
    final Deal pilot = deal("Acme pilot", acme, null, "12000", LocalDate.of(2026, 4, 15));
    final SupportTicket ticket = new SupportTicket();
    final RecordingDialogs dialogs = new RecordingDialogs();
    final Map<String, List<SavedView>> storedViews = new HashMap<>();
    final SavedViewStore views = new SavedViewStore() {
        @Override
        public List<SavedView> load(String list) { return storedViews.getOrDefault(list, List.of()); }

        @Override
        public void save(String list, List<SavedView> saved) { storedViews.put(list, new ArrayList<>(saved)); }
    };

    CustomersFixture() {
        ticket.setAccountId(acme.getId());
        ticket.setContactId(ann.getId());
        ticket.setSubject("Robot arm stalls at start");
        ticket.setStatus(TicketStatus.OPEN);
        ticket.setPriority(TicketPriority.HIGH);
        ticket.setOpenedAt(NOW.minusSeconds(86_400));
    }

    List<Account> accounts() { return List.of(acme, globex, initech); }
    List<Contact> contacts() { return List.of(ann, bob, carl, dora); }
    List<Deal> deals() { return List.of(renewal, pilot); }

    CustomersViewModel open(AccountRepository accounts, ContactRepository contacts) {
        DirectTaskExecutor tasks = new DirectTaskExecutor();
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return new CustomersViewModel(
                new AccountsViewModel(accounts, rita, List.of(rita, otto), tasks, dialogs, views,
                        new AccountDetailViewModel(accounts, tasks, dialogs, clock)),
                new ContactsViewModel(contacts, accounts, rita, List.of(rita, otto), tasks, dialogs, views,
                        new ContactDetailViewModel(contacts, tasks, dialogs, clock)));
    }

    private static User user(String name) {
        User user = new User();
        user.setDisplayName(name);
        user.setEmail(name.toLowerCase().replace(' ', '.') + "@example.com");
        user.setRole(Role.REP);
        user.setAvailable(true);
        user.setTimeZone("Europe/Berlin");
        user.setWorkdayStart(9);
        user.setWorkdayEnd(17);
        return user;
    }

    private static Account account(String name, String domain, String industry, String country, User owner, String revenue) {
        Account a = new Account();
        a.setName(name);
        a.setDomain(domain);
        a.setIndustry(industry);
        a.setCountry(country);
        a.setOwnerId(owner.getId());
        a.setAnnualRevenue(revenue == null ? null : new BigDecimal(revenue));
        a.setCreatedAt(NOW);
        return a;
    }

    private static Contact contact(String first, String last, Account account, User owner) {
        Contact c = new Contact();
        c.setFirstName(first);
        c.setLastName(last);
        c.setEmail(first.toLowerCase() + "@example.com");
        c.setAccountId(account == null ? null : account.getId());
        c.setOwnerId(owner.getId());
        c.setCreatedAt(NOW);
        return c;
    }

    private static Deal deal(String name, Account account, Contact contact, String amount, LocalDate close) {
        Deal d = new Deal();
        d.setName(name);
        d.setAccountId(account.getId());
        d.setPrimaryContactId(contact == null ? null : contact.getId());
        d.setStage(DealStage.PROPOSAL);
        d.setAmount(new BigDecimal(amount));
        d.setCurrency("EUR");
        d.setCloseDate(close);
        d.setCreatedAt(NOW);
        return d;
    }

    static UUID id(Object record) {
        return ((com.nexuscrm.domain.SyncedRecord) record).getId();
    }
}
