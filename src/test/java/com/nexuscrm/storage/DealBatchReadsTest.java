package com.nexuscrm.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.Contact;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealContact;
import com.nexuscrm.domain.DealRole;
import com.nexuscrm.domain.DealScore;
import com.nexuscrm.domain.DealScoreStore;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.deal.BuyingGroupMember;
import com.nexuscrm.testing.InMemoryActivities;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reads and writes deal health makes for many deals at once: asked about more ids than the one-pass threshold
 * (padded with ids of no record), the activities and buying groups found are the same as by id, and the same as the
 * in-memory rule; the health is written in batches with the same previous-health rule as one by one.
 */
class DealBatchReadsTest {
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    @TempDir
    Path dir;
    private WorkspaceStore store;
    private final List<UUID> deals = new ArrayList<>();
    private final List<UUID> contacts = new ArrayList<>();
    private final InMemoryActivities memory = new InMemoryActivities();

    @BeforeEach
    void seed() {
        store = WorkspaceStore.create(dir, "deal batch reads".toCharArray());
        Random random = new Random(11);
        List<Contact> people = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Contact c = new Contact(Ids.newId());
            c.setFirstName("P" + i);
            c.setLastName("Q");
            c.setTitle(i % 3 == 0 ? "VP Sales" : "Analyst");
            c.setCreatedAt(T0);
            c.setDeleted(i == 11);
            people.add(c);
            contacts.add(c.getId());
        }
        store.repository(Contact.class).insertAll(people);
        List<Deal> made = new ArrayList<>();
        List<DealContact> groups = new ArrayList<>();
        for (int d = 0; d < 8; d++) {
            Deal deal = new Deal(Ids.newId());
            deal.setName("D" + d);
            deal.setStage(DealStage.PROPOSAL);
            deal.setAmount(BigDecimal.TEN);
            deal.setCurrency("USD");
            deal.setCloseDate(LocalDate.of(2026, 4, 1));
            deal.setCreatedAt(T0);
            deal.setPrimaryContactId(d % 2 == 0 ? contacts.get(d) : null);
            made.add(deal);
            deals.add(deal.getId());
            for (int k = 0; k < d % 3; k++) {
                DealContact g = new DealContact(Ids.newId());
                g.setDealId(deal.getId());
                g.setContactId(contacts.get((d + k) % contacts.size()));
                g.setRole(k == 0 ? DealRole.CHAMPION : DealRole.ECONOMIC_BUYER);
                g.setDeleted(d == 5 && k == 1);
                groups.add(g);
            }
        }
        store.repository(Deal.class).insertAll(made);
        store.repository(DealContact.class).insertAll(groups);
        List<Activity> logged = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            Activity a = new Activity(Ids.newId());
            a.setType(ActivityType.values()[random.nextInt(4)]);
            a.setSubject("A" + i);
            a.setDealId(random.nextInt(3) == 0 ? null : deals.get(random.nextInt(deals.size())));
            a.setContactId(random.nextInt(4) == 0 ? null : contacts.get(random.nextInt(contacts.size())));
            a.setOccurredAt(T0.minus(Duration.ofDays(random.nextInt(300))));
            a.setDeleted(i % 13 == 0);
            logged.add(a);
        }
        store.activities().insertAll(logged);
        memory.insertAll(logged);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static List<UUID> padded(List<UUID> ids) {
        Random random = new Random(3);
        return Stream.concat(ids.stream(), Stream.generate(() -> new UUID(random.nextLong(), random.nextLong())).limit(2500))
                .toList();
    }

    @Test
    void manyIdsFindTheSameActivitiesAsFewAndAsTheRule() {
        Instant since = T0.minus(Duration.ofDays(180));
        List<UUID> someContacts = contacts.subList(0, 7);
        Set<UUID> byId = ids(store.activities().forDeals(deals, someContacts, since));
        Set<UUID> onePass = ids(store.activities().forDeals(padded(deals), someContacts, since));
        Set<UUID> rule = ids(memory.forDeals(deals, someContacts, since));
        assertEquals(rule, byId);
        assertEquals(rule, onePass);
        assertEquals(rule, ids(store.activities().forDeals(deals, padded(someContacts), since)));
    }

    @Test
    void manyIdsFindTheSameBuyingGroupsAsFew() {
        List<BuyingGroupMember> byId = store.deals().people(deals);
        List<BuyingGroupMember> onePass = store.deals().people(padded(deals));
        assertEquals(byDeal(byId), byDeal(onePass));
        assertEquals(byId.size(), onePass.size());
    }

    @Test
    void healthWrittenInBatchesKeepsThePreviousValueRule() {
        DealScoreStore scores = store.dealScores();
        Map<UUID, Integer> first = new LinkedHashMap<>();
        Map<UUID, Integer> second = new LinkedHashMap<>();
        List<DealScore> predicted = new ArrayList<>();
        for (int i = 0; i < 2300; i++) {
            UUID deal = new UUID(7, i);
            if (i % 3 == 0) {
                predicted.add(DealScore.prediction(deal, 40, null, null, null, List.of(), "v", T0));
            }
            if (i % 2 == 0) {
                first.put(deal, 50);
            }
            second.put(deal, i % 4 == 0 ? 50 : 60);
        }
        scores.writePredictions(predicted);
        scores.writeHealth(first);
        scores.writeHealth(second);
        Map<UUID, DealScore> all = scores.all();
        assertEquals(2300, all.size());
        for (int i = 0; i < 2300; i++) {
            DealScore s = all.get(new UUID(7, i));
            Integer expectedPrevious = i % 4 == 0 ? null : i % 2 == 0 ? Integer.valueOf(50) : null;
            assertEquals(i % 4 == 0 ? 50 : 60, s.health(), "health of " + i);
            assertEquals(expectedPrevious, s.previousHealth(), "previous health of " + i);
            assertEquals(i % 3 == 0 ? Integer.valueOf(40) : null, s.winProbability(), "prediction of " + i);
        }
    }

    private static Set<UUID> ids(List<Activity> found) {
        assertEquals(found.size(), found.stream().map(Activity::getId).distinct().count(), "each activity once");
        return found.stream().map(Activity::getId).collect(Collectors.toSet());
    }

    private static Map<UUID, List<String>> byDeal(List<BuyingGroupMember> people) {
        Map<UUID, List<String>> out = new HashMap<>();
        people.forEach(p -> out.computeIfAbsent(p.dealId(), d -> new ArrayList<>()).add(p.contactId() + "/" + p.role()
                + "/" + p.name() + "/" + p.title()));
        return out;
    }
}
