package com.nexuscrm.testing;

import com.nexuscrm.domain.Account;
import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.Contact;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealChange;
import com.nexuscrm.domain.DealContact;
import com.nexuscrm.domain.DealRole;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.Ids;
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
 * A small deal history for training the deal model in tests: {@code closed} deals closed over the last 400 days
 * (won far more often with the economic buyer engaged and with many calls) and {@code open} ones in qualification,
 * each with its stage history, buying group and calls. Seeded, so the same deals every run.
 */
public final class ClosedDeals {
    private ClosedDeals() { }

    /** Writes the deals into {@code store}; returns how many were won. */
    public static int write(WorkspaceStore store, int closed, int open, Instant now, long seed) {
        String me = store.meta().get(com.nexuscrm.storage.WorkspaceMeta.CURRENT_USER).orElse(null);
        java.util.UUID owner = me == null ? null : java.util.UUID.fromString(me);
        Random random = new Random(seed);
        Account account = new Account(Ids.newId());
        account.setName("Acme");
        account.setEmployees(500);
        account.setCreatedAt(now.minus(Duration.ofDays(900)));
        store.repository(Account.class).insertAll(List.of(account));
        Contact buyer = contact(account, "Chief Financial Officer", now);
        Contact engineer = contact(account, "IT Manager", now);
        store.repository(Contact.class).insertAll(List.of(buyer, engineer));
        List<Deal> deals = new ArrayList<>();
        List<DealChange> history = new ArrayList<>();
        List<DealContact> roles = new ArrayList<>();
        List<Activity> calls = new ArrayList<>();
        int won = 0;
        for (int i = 0; i < closed + open; i++) {
            boolean isOpen = i >= closed;
            boolean withBuyer = random.nextBoolean();
            int touches = random.nextInt(8);
            boolean win = !isOpen && random.nextDouble() < 0.1 + (withBuyer ? 0.5 : 0) + (touches >= 4 ? 0.3 : 0);
            won += win ? 1 : 0;
            long life = 20 + random.nextInt(60);
            Instant created = isOpen ? now.minus(Duration.ofDays(5 + random.nextInt(30)))
                    : now.minus(Duration.ofDays(480 - i * 400L / Math.max(1, closed)));
            Instant end = created.plus(Duration.ofDays(life));
            Deal d = new Deal(Ids.newId());
            d.setName("Deal " + i);
            d.setAccountId(account.getId());
            d.setOwnerId(owner);
            d.setCurrency("USD");
            d.setAmount(BigDecimal.valueOf(1000 + random.nextInt(40_000)));
            d.setCreatedAt(created);
            d.setCloseDate(LocalDate.ofInstant(end, ZoneOffset.UTC));
            d.setStage(isOpen ? DealStage.QUALIFICATION : win ? DealStage.CLOSED_WON : DealStage.CLOSED_LOST);
            d.setClosedAt(isOpen ? null : end);
            history.add(change(d, created, DealStage.PROSPECTING));
            history.add(change(d, isOpen ? created.plus(Duration.ofDays(1)) : created.plus(Duration.ofDays(life / 2)),
                    DealStage.QUALIFICATION));
            if (!isOpen) {
                history.add(change(d, end, d.getStage()));
            }
            if (withBuyer) {
                roles.add(role(d, buyer, DealRole.ECONOMIC_BUYER));
            }
            roles.add(role(d, engineer, DealRole.TECHNICAL));
            for (int k = 0; k < touches; k++) {
                Activity a = new Activity(Ids.newId());
                a.setType(ActivityType.CALL);
                a.setSubject("Call " + k);
                a.setDealId(d.getId());
                a.setOccurredAt(created.plus(Duration.ofHours(1 + k * 24L * life / (3 * Math.max(1, touches)))));
                a.setDone(true);
                calls.add(a);
            }
            deals.add(d);
        }
        store.repository(Deal.class).insertAll(deals);
        store.repository(DealChange.class).insertAll(history);
        store.repository(DealContact.class).insertAll(roles);
        store.repository(Activity.class).insertAll(calls);
        return won;
    }

    private static Contact contact(Account account, String title, Instant now) {
        Contact c = new Contact(Ids.newId());
        c.setLastName(title);
        c.setTitle(title);
        c.setAccountId(account.getId());
        c.setCreatedAt(now.minus(Duration.ofDays(900)));
        return c;
    }

    private static DealChange change(Deal d, Instant at, DealStage stage) {
        DealChange c = DealChange.of(d, at, d.getOwnerId());
        c.setStage(stage);
        return c;
    }

    private static DealContact role(Deal d, Contact c, DealRole role) {
        DealContact r = new DealContact(Ids.newId());
        r.setDealId(d.getId());
        r.setContactId(c.getId());
        r.setRole(role);
        return r;
    }
}
