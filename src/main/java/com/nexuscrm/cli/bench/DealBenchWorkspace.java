package com.nexuscrm.cli.bench;

import com.nexuscrm.domain.Account;
import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.Contact;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealChange;
import com.nexuscrm.domain.DealContact;
import com.nexuscrm.domain.DealLineItem;
import com.nexuscrm.domain.DealRole;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.ForecastCategory;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.SyncedRecord;
import com.nexuscrm.domain.User;
import com.nexuscrm.storage.WorkspaceStore;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The deal benchmark's workspace: two teams of ten reps and a manager, an account with three contacts per two deals,
 * and deals each with a buying group, line items, a stage history and activities whose count and outcomes follow a
 * hidden engagement that also decides the closed deals' outcome, so the trained model has a real signal and every
 * feature a real value. Fixed seed; dates relative to now.
 */
final class DealBenchWorkspace {
    private static final String[] INDUSTRIES = {"Software", "Retail", "Manufacturing", "Finance", "Health care", "Logistics"};
    private static final String[] TITLES = {"CEO", "VP Sales", "Director of IT", "Sales Manager", "Analyst", "CFO"};
    private static final DealStage[] OPEN = {DealStage.PROSPECTING, DealStage.QUALIFICATION, DealStage.PROPOSAL,
            DealStage.NEGOTIATION};
    private static final int FLUSH = 2000;

    private final WorkspaceStore store;
    private final Random random = new Random(23);
    private final Instant now = Instant.now();
    private final List<SyncedRecord> pending = new ArrayList<>();
    private final List<User> reps = new ArrayList<>();
    private User manager;
    private int records;

    DealBenchWorkspace(WorkspaceStore store) {
        this.store = store;
    }

    /** Seeds {@code open} open and {@code closed} closed deals with everything around them; returns the manager. */
    User seed(int open, int closed) {
        people();
        int accounts = Math.max(1, (open + closed) / 2);
        List<Account> firms = new ArrayList<>(accounts);
        List<List<Contact>> staff = new ArrayList<>(accounts);
        for (int a = 0; a < accounts; a++) {
            firms.add(account(a));
            staff.add(contacts(firms.get(a)));
        }
        flush(Account.class);
        flush(Contact.class);
        for (int i = 0; i < open + closed; i++) {
            int a = random.nextInt(accounts);
            deal(i, firms.get(a), staff.get(a), i >= open);
            if (pending.size() >= FLUSH) {
                flushDealParts();
            }
        }
        flushDealParts();
        return manager;
    }

    int records() {
        return records;
    }

    private void people() {
        BenchTeams org = BenchTeams.seed(store);
        manager = org.manager();
        reps.addAll(org.reps());
    }

    private Account account(int i) {
        Account a = new Account(Ids.newId());
        a.setName("Bench account " + i);
        a.setIndustry(INDUSTRIES[random.nextInt(INDUSTRIES.length)]);
        a.setEmployees(10 + random.nextInt(5000));
        a.setAnnualRevenue(BigDecimal.valueOf(100_000L + random.nextInt(50_000_000)));
        a.setCreatedAt(now.minus(Duration.ofDays(400)));
        pending.add(a);
        return a;
    }

    private List<Contact> contacts(Account a) {
        List<Contact> out = new ArrayList<>(3);
        for (int k = 0; k < 3; k++) {
            Contact c = new Contact(Ids.newId());
            c.setAccountId(a.getId());
            c.setFirstName("Person" + k);
            c.setLastName(a.getName().substring(13));
            c.setTitle(TITLES[random.nextInt(TITLES.length)]);
            c.setCreatedAt(a.getCreatedAt());
            out.add(c);
            pending.add(c);
        }
        return out;
    }

    /** One deal and its parts; engagement {@code e} drives its activities, buying group and (closed) outcome. */
    private void deal(int i, Account account, List<Contact> people, boolean closed) {
        double e = random.nextGaussian();
        User owner = reps.get(random.nextInt(reps.size()));
        Deal d = new Deal(Ids.newId());
        d.setName("Bench deal " + i);
        d.setAccountId(account.getId());
        d.setPrimaryContactId(people.get(0).getId());
        d.setCurrency("USD");
        d.setOwnerId(owner.getId());
        d.setTeamId(owner.getTeamId());
        Instant created = now.minus(Duration.ofDays(closed ? 120 + random.nextInt(250) : 5 + random.nextInt(170)));
        d.setCreatedAt(created);
        Instant end = closed ? created.plus(Duration.ofDays(20 + random.nextInt(90))) : now;
        boolean won = random.nextDouble() < 1 / (1 + Math.exp(-(1.3 * e - 0.4)));
        int reached = closed && won ? 2 + random.nextInt(2) : random.nextInt(OPEN.length);
        List<DealChange> history = history(d, owner, created, end, reached);
        if (closed) {
            d.setStage(won ? DealStage.CLOSED_WON : DealStage.CLOSED_LOST);
            d.setClosedAt(end);
            d.setCloseDate(LocalDate.ofInstant(end, ZoneOffset.UTC));
            d.setLostReason(won ? null : "Timing");
            history.add(DealChange.of(d, end, owner.getId()));
        }
        pending.add(d);
        pending.addAll(history);
        buyingGroup(d, people, e);
        lineItems(d);
        activities(d, people, e, created, end);
        if (random.nextInt(3) == 0) {
            d.setLastCallAt(end.minus(Duration.ofDays(1 + random.nextInt(20))));
            d.setLastCallSentiment(Math.tanh(0.6 * e + 0.5 * random.nextGaussian()));
            d.setLastCallObjections(random.nextBoolean() ? "price" : null);
            d.setLastCallCompetitors(random.nextInt(4) == 0 ? "Acme CRM" : null);
        }
    }

    /** Created in prospecting, then one entry per stage reached (a close-date push on some); the deal ends as its last. */
    private List<DealChange> history(Deal d, User owner, Instant created, Instant end, int reached) {
        List<DealChange> out = new ArrayList<>();
        long span = Math.max(1, Duration.between(created, end).toHours());
        d.setAmount(BigDecimal.valueOf(5_000 + random.nextInt(95_000)));
        d.setCloseDate(LocalDate.ofInstant(end, ZoneOffset.UTC).plusDays(random.nextInt(60) - 10));
        d.setForecastCategory(ForecastCategory.PIPELINE);
        for (int s = 0; s <= reached; s++) {
            Instant at = created.plus(Duration.ofHours(span * s / (reached + 1)));
            d.setStage(OPEN[s]);
            if (s == 2) {
                d.setForecastCategory(random.nextBoolean() ? ForecastCategory.BEST_CASE : ForecastCategory.COMMIT);
            }
            if (s > 0 && random.nextInt(4) == 0) {
                d.setCloseDate(d.getCloseDate().plusWeeks(2 + random.nextInt(4)));
            }
            out.add(DealChange.of(d, at, owner.getId()));
        }
        return out;
    }

    private void buyingGroup(Deal d, List<Contact> people, double e) {
        int size = 1 + (int) Math.min(2, Math.max(0, Math.round(0.8 + 0.7 * e + 0.5 * random.nextGaussian())));
        for (int k = 0; k < size; k++) {
            DealContact c = new DealContact(Ids.newId());
            c.setDealId(d.getId());
            c.setContactId(people.get(k).getId());
            c.setRole(k == 0 ? (random.nextDouble() < 0.5 + 0.2 * e ? DealRole.CHAMPION : DealRole.OTHER)
                    : k == 1 && random.nextBoolean() ? DealRole.ECONOMIC_BUYER : DealRole.TECHNICAL);
            owned(c, d);
        }
    }

    private void lineItems(Deal d) {
        DealLineItem item = new DealLineItem(Ids.newId());
        item.setDealId(d.getId());
        item.setProduct("Business seats");
        item.setQuantity(1);
        item.setUnitPrice(d.getAmount());
        item.setDiscountPercent(BigDecimal.ZERO);
        owned(item, d);
    }

    private void activities(Deal d, List<Contact> people, double e, Instant from, Instant until) {
        int count = Math.max(0, (int) Math.round(4 + 2.5 * e + 1.5 * random.nextGaussian()));
        long span = Math.max(1, Duration.between(from, until).toMinutes());
        ActivityType[] types = {ActivityType.CALL, ActivityType.EMAIL, ActivityType.MEETING, ActivityType.NOTE};
        for (int k = 0; k < count; k++) {
            Activity a = new Activity(Ids.newId());
            a.setType(types[random.nextInt(types.length)]);
            a.setSubject(a.getType() + " about " + d.getName());
            a.setDealId(d.getId());
            a.setAccountId(d.getAccountId());
            a.setContactId(people.get(random.nextInt(people.size())).getId());
            a.setOccurredAt(from.plus(Duration.ofMinutes((long) (span * random.nextDouble()))));
            a.setDone(true);
            a.setDurationSeconds(a.getType() == ActivityType.CALL ? 30 + random.nextInt(900) : null);
            a.setOutcome(a.getType() == ActivityType.NOTE ? null
                    : random.nextDouble() < 1 / (1 + Math.exp(-(0.8 * e))) ? "Connected" : "No answer");
            owned(a, d);
        }
    }

    private void owned(SyncedRecord r, Deal d) {
        r.setOwnerId(d.getOwnerId());
        r.setTeamId(d.getTeamId());
        pending.add(r);
    }

    private void flushDealParts() {
        flush(Deal.class);
        flush(DealChange.class);
        flush(DealContact.class);
        flush(DealLineItem.class);
        flush(Activity.class);
    }

    /** Inserts the pending records of one type (parents before children, as the caller orders the types). */
    private <T extends SyncedRecord> void flush(Class<T> type) {
        List<T> batch = new ArrayList<>();
        pending.removeIf(r -> {
            if (type.isInstance(r)) {
                batch.add(type.cast(r));
                return true;
            }
            return false;
        });
        if (!batch.isEmpty()) {
            store.repository(type).insertAll(batch);
            records += batch.size();
        }
    }
}
