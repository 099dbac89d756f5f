package com.nexuscrm.ui.deals;

import com.nexuscrm.domain.Account;
import com.nexuscrm.domain.Contact;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealChange;
import com.nexuscrm.domain.DealContact;
import com.nexuscrm.domain.DealLineItem;
import com.nexuscrm.domain.DealRepository;
import com.nexuscrm.domain.DealScore;
import com.nexuscrm.domain.DealScoreStore;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.OpenDeal;
import com.nexuscrm.domain.RecordRef;
import com.nexuscrm.domain.Team;
import com.nexuscrm.domain.User;
import com.nexuscrm.testing.InMemoryCustomers;
import com.nexuscrm.testing.InMemoryRecords;
import com.nexuscrm.testing.InMemoryWriter;
import com.nexuscrm.testing.MutableClock;
import com.nexuscrm.testing.SalesTeams;
import com.nexuscrm.ui.common.DirectTaskExecutor;
import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.ui.common.RecordingDialogs;
import com.nexuscrm.usecase.SaveDeal;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A deal detail over in-memory ports: deals with their line items, buying group and history (each write checked
 * with the domain's rules, one change set through {@link InMemoryWriter}), accounts and contacts, scores, a
 * movable clock, recorded dialogs, UK formats in UTC, and the real {@link SaveDeal}.
 */
final class DealDetailFixture {
    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    final MutableClock clock = new MutableClock(T0);
    final InMemoryCustomers customers = new InMemoryCustomers();
    final InMemoryRecords<DealLineItem> items = new InMemoryRecords<>();
    final InMemoryRecords<DealContact> roles = new InMemoryRecords<>();
    final InMemoryRecords<DealChange> changes = new InMemoryRecords<>();
    final Deals deals = new Deals();
    final Scores scores = new Scores();
    final RecordingDialogs dialogs = new RecordingDialogs();
    final List<RecordRef> opened = new ArrayList<>();
    final List<Deal> saved = new ArrayList<>();
    final User rep;
    final SaveDeal saveDeal;
    final DealDetailViewModel model;
    final Account account;

    DealDetailFixture() {
        SalesTeams org = new SalesTeams();
        Team team = org.team("Mid-market", "MM");
        rep = org.rep("Rita Rep", team, "UTC");
        saveDeal = new SaveDeal(deals, new InMemoryWriter().with(Deal.class, deals).with(DealLineItem.class, items)
                .with(DealContact.class, roles).with(DealChange.class, changes), clock);
        model = new DealDetailViewModel(new DealDetailStores(deals, customers.accounts, customers.contacts, scores),
                saveDeal, rep, org.users, new DirectTaskExecutor(), dialogs, opened::add, clock,
                new Formats(Locale.UK, ZoneOffset.UTC));
        model.setOnSaved(saved::add);
        account = new Account();
        account.setName("Acme Robotics");
        customers.accounts.save(account);
    }

    Contact contact(String first, String last, String title) {
        Contact c = new Contact();
        c.setFirstName(first);
        c.setLastName(last);
        c.setTitle(title);
        c.setAccountId(account.getId());
        customers.contacts.save(c);
        return c;
    }

    /** A deal at the account, saved through SaveDeal (so it has its first history entry) at the clock's time. */
    Deal deal(String name, DealStage stage, String amount) {
        Deal d = new Deal();
        d.setName(name);
        d.setAccountId(account.getId());
        d.setStage(stage);
        d.setAmount(new BigDecimal(amount));
        d.setCurrency("USD");
        d.setCloseDate(LocalDate.of(2026, 4, 30));
        return saveDeal.save(d, rep);
    }

    Deal stored(UUID id) {
        return deals.find(id).orElseThrow();
    }

    /** {@link DealRepository} in memory: the deal's parts come from the fixture's part repositories. */
    final class Deals extends InMemoryRecords<Deal> implements DealRepository {
        @Override
        public List<OpenDeal> openDeals(UUID ownerId, Instant now) {
            return List.of();
        }

        @Override
        public List<DealLineItem> lineItems(UUID dealId) {
            return items.findAll().stream().filter(i -> dealId.equals(i.getDealId())).toList();
        }

        @Override
        public List<DealContact> contactRoles(UUID dealId) {
            return roles.findAll().stream().filter(c -> dealId.equals(c.getDealId())).toList();
        }

        @Override
        public List<DealChange> history(UUID dealId) {
            return allHistory().stream().filter(c -> dealId.equals(c.getDealId())).toList();
        }

        @Override
        public List<DealChange> allHistory() {
            return changes.findAll().stream().sorted(Comparator.comparing(DealChange::getChangedAt)
                    .thenComparing(DealChange::getId)).toList();
        }

        @Override
        public List<Deal> allOpen() {
            return findAll().stream().filter(d -> d.getStage() == null || !d.getStage().isClosed()).toList();
        }

        @Override
        public List<com.nexuscrm.domain.deal.BuyingGroupMember> people(java.util.Collection<UUID> dealIds) {
            return List.of(); // the detail reads its buying group through contactRoles
        }

        @Override
        public Map<UUID, List<java.math.BigDecimal>> wonAmountsByOwner() {
            return Map.of();
        }
    }

    /** Scores in a map. */
    static final class Scores implements DealScoreStore {
        final Map<UUID, DealScore> byDeal = new HashMap<>();

        @Override
        public Optional<DealScore> find(UUID dealId) {
            return Optional.ofNullable(byDeal.get(dealId));
        }

        @Override
        public Map<UUID, DealScore> all() {
            return Map.copyOf(byDeal);
        }

        @Override
        public void writePredictions(Collection<DealScore> scores) {
            scores.forEach(s -> byDeal.put(s.dealId(), s));
        }

        @Override
        public void writeHealth(Map<UUID, Integer> health) {
            throw new UnsupportedOperationException("the detail never writes health");
        }
    }
}
