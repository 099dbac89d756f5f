package com.nexuscrm.usecase;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
import com.nexuscrm.scoring.WorkspaceDeals;
import com.nexuscrm.storage.WorkspaceStore;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The narrow projections ({@code DealFeatureReads}) give every deal exactly the feature row that the entities
 * ({@code RescoreDeals.facts} over {@code findAll}) give: on a small generated workspace with accounts, titles, buying
 * groups, line items, history with close-date pushes, last calls, activities of deals and of contacts only, and
 * deleted rows of each kind.
 */
class DealFeatureReadsTest {
    private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");

    @TempDir Path dir;

    @Test
    void narrowRowsEqualTheEntityRows() {
        try (WorkspaceStore store = WorkspaceStore.create(dir, "narrow pass".toCharArray())) {
            Workspace workspace = Workspace.over(store);
            generate(workspace, new Random(5));
            RescoreDeals rescore = new RescoreDeals(workspace, java.time.Clock.fixed(NOW, ZoneOffset.UTC));
            List<Deal> entities = workspace.deals().findAll();
            WorkspaceDeals.Facts wide = rescore.facts(entities);
            RescoreDeals.Narrow narrow = rescore.narrow();
            List<Deal> narrowDeals = narrow.deals().stream().sorted(Comparator.comparing(Deal::getId)).toList();
            assertEquals(entities.size(), narrowDeals.size());
            for (Instant at : List.of(NOW, NOW.minus(Duration.ofDays(90)))) {
                for (int i = 0; i < entities.size(); i++) {
                    assertEquals(entities.get(i).getId(), narrowDeals.get(i).getId());
                    assertArrayEquals(WorkspaceDeals.row(entities.get(i), wide, at),
                            WorkspaceDeals.row(narrowDeals.get(i), narrow.facts(), at), "deal " + i + " at " + at);
                }
            }
        }
    }

    private static void generate(Workspace workspace, Random random) {
        List<Account> accounts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Account a = new Account(Ids.newId());
            a.setName("Account " + i);
            a.setIndustry(i % 3 == 0 ? null : i % 3 == 1 ? "Retail" : " Software ");
            a.setEmployees(i == 2 ? null : 10 * (i + 1));
            a.setAnnualRevenue(i == 4 ? null : BigDecimal.valueOf(1_000_000L * i));
            a.setCreatedAt(NOW.minus(Duration.ofDays(800)));
            a.setDeleted(i == 5);
            accounts.add(a);
        }
        workspace.repository(Account.class).insertAll(accounts);
        String[] titles = {"Chief Financial Officer", "VP Sales", "IT Manager", "Analyst", null};
        List<Contact> contacts = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            Contact c = new Contact(Ids.newId());
            c.setLastName("Person " + i);
            c.setTitle(titles[i % titles.length]);
            c.setCreatedAt(NOW.minus(Duration.ofDays(800)));
            c.setDeleted(i == 3);
            contacts.add(c);
        }
        workspace.repository(Contact.class).insertAll(contacts);
        List<Deal> deals = new ArrayList<>();
        List<DealChange> history = new ArrayList<>();
        List<DealContact> roles = new ArrayList<>();
        List<DealLineItem> items = new ArrayList<>();
        List<Activity> activities = new ArrayList<>();
        DealStage[] stages = DealStage.values();
        java.util.UUID[] reps = {Ids.newId(), Ids.newId(), null};
        for (int i = 0; i < 60; i++) {
            Deal d = new Deal(Ids.newId());
            d.setName("Deal " + i);
            d.setAccountId(i % 7 == 6 ? null : accounts.get(i % accounts.size()).getId());
            d.setOwnerId(reps[i % reps.length]);
            d.setCurrency("USD");
            d.setAmount(BigDecimal.valueOf(i % 9 == 0 ? 0 : 500 + random.nextInt(90_000)));
            Instant created = NOW.minus(Duration.ofDays(30 + random.nextInt(400)));
            d.setCreatedAt(created);
            d.setCloseDate(LocalDate.ofInstant(created, ZoneOffset.UTC).plusDays(20 + random.nextInt(200)));
            DealStage stage = stages[random.nextInt(stages.length)];
            d.setStage(stage);
            d.setForecastCategory(i % 4 == 0 ? null : ForecastCategory.values()[i % ForecastCategory.values().length]);
            if (stage.isClosed()) {
                d.setClosedAt(created.plus(Duration.ofDays(25 + random.nextInt(100))));
            }
            if (i % 3 == 0) {
                d.setLastCallAt(NOW.minus(Duration.ofDays(random.nextInt(120))));
                d.setLastCallSentiment(random.nextDouble() * 2 - 1);
                d.setLastCallObjections(i % 2 == 0 ? "price, timing" : "");
                d.setLastCallCompetitors(i % 6 == 0 ? "Acme" : null);
            }
            d.setDeleted(i == 17);
            deals.add(d);
            LocalDate close = d.getCloseDate();
            for (int k = 0; k < random.nextInt(5); k++) {
                DealChange c = DealChange.of(d, created.plus(Duration.ofDays(k * 10L + random.nextInt(3))), d.getOwnerId());
                c.setStage(stages[Math.min(k, stages.length - 1)]);
                c.setAmount(BigDecimal.valueOf(1000L * (k + 1)));
                close = close.plusDays(random.nextInt(3) == 0 ? 15 : 0);
                c.setCloseDate(close);
                c.setForecastCategory(k % 2 == 0 ? ForecastCategory.COMMIT : null);
                c.setDeleted(k == 3);
                history.add(c);
            }
            for (int k = 0; k < random.nextInt(4); k++) {
                DealContact r = new DealContact(Ids.newId());
                r.setDealId(d.getId());
                r.setContactId(contacts.get(random.nextInt(contacts.size())).getId());
                r.setRole(DealRole.values()[random.nextInt(DealRole.values().length)]);
                r.setDeleted(k == 2);
                roles.add(r);
            }
            for (int k = 0; k < random.nextInt(3); k++) {
                DealLineItem item = new DealLineItem(Ids.newId());
                item.setDealId(d.getId());
                item.setProduct("Item " + k);
                item.setQuantity(1);
                item.setUnitPrice(BigDecimal.TEN);
                item.setDeleted(k == 1 && i % 2 == 0);
                items.add(item);
            }
            for (int k = 0; k < random.nextInt(8); k++) {
                Activity a = new Activity(Ids.newId());
                a.setType(ActivityType.CALL);
                a.setSubject("Call " + k);
                a.setDealId(k == 5 ? null : d.getId());
                a.setContactId(contacts.get(random.nextInt(contacts.size())).getId());
                a.setOccurredAt(created.plus(Duration.ofDays(random.nextInt(300))));
                a.setDeleted(k == 4);
                activities.add(a);
            }
        }
        workspace.repository(Deal.class).insertAll(deals);
        workspace.repository(DealChange.class).insertAll(history);
        workspace.repository(DealContact.class).insertAll(roles);
        workspace.repository(DealLineItem.class).insertAll(items);
        workspace.repository(Activity.class).insertAll(activities);
    }
}
