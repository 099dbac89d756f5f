package com.nexuscrm.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealChange;
import com.nexuscrm.domain.DealContact;
import com.nexuscrm.domain.DealLineItem;
import com.nexuscrm.domain.DealRole;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.FieldRules;
import com.nexuscrm.domain.ForecastCategory;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadStatus;
import com.nexuscrm.domain.ProductUsage;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.RecordRules;
import com.nexuscrm.domain.Role;
import com.nexuscrm.domain.SyncedRecord;
import com.nexuscrm.domain.User;
import com.nexuscrm.storage.WorkspaceMeta;
import com.nexuscrm.storage.StoredSampleSink;
import com.nexuscrm.storage.WorkspaceStore;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One generated workspace of 2,000 leads, checked for validity, plausibility and learnable outcomes. */
class SampleWorkspaceTest {
    static final char[] PASS = "sample passphrase".toCharArray();
    static final Instant NOW = SampleWorkspace.DEFAULT_REFERENCE_NOW;
    private static final int LEADS = 2_000;

    @TempDir
    static Path dir;
    private static WorkspaceStore store;
    private static SampleSummary summary;
    private static List<Lead> leads;
    private static List<Deal> deals;

    @BeforeAll
    static void generate() {
        store = WorkspaceStore.create(dir.resolve("sample"), PASS);
        summary = new SampleWorkspace(42, NOW).generate(new StoredSampleSink(store), LEADS, Progress.NONE);
        leads = store.leads().findAll();
        deals = store.repository(Deal.class).findAll();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void everyStoredRecordPassesTheDomainRules() {
        for (Class<? extends SyncedRecord> type : WorkspaceStore.ENTITIES) {
            for (SyncedRecord record : store.repository(type).findAll()) {
                assertEquals(List.of(), RecordRules.check(record), type.getSimpleName() + " " + record.getId());
                assertTrue(record.getUpdatedAt() > 0, "updatedAt stamped on " + type.getSimpleName());
            }
        }
        assertTrue(leads.stream().allMatch(l -> FieldRules.isEmail(l.getEmail())));
        assertTrue(leads.stream().filter(l -> l.getPhone() != null).allMatch(l -> FieldRules.isPhone(l.getPhone())));
        assertTrue(leads.stream().filter(l -> l.getPhone() != null).count() > LEADS / 2, "most leads have a phone");
        assertEquals(LEADS, leads.stream().map(Lead::getEmail).distinct().count(), "lead emails are unique");
    }

    @Test
    void countsArePlausibleAndMatchTheStore() {
        assertEquals(4, summary.teams());
        assertTrue(summary.users() >= 4 * 5 + 1 && summary.users() <= 4 * 7 + 1, "users: " + summary.users());
        assertEquals(LEADS, summary.leads());
        assertTrue(summary.accounts() >= 50 && summary.accounts() <= LEADS / 5, "accounts: " + summary.accounts());
        assertTrue(summary.contacts() > summary.accounts(), "contacts: " + summary.contacts());
        assertTrue(summary.deals() > summary.accounts() / 2, "deals: " + summary.deals());
        assertTrue(summary.activities() > LEADS, "activities: " + summary.activities());
        assertTrue(summary.tickets() > 0 && summary.productUsage() > 0 && summary.documents() > 0);
        assertTrue(summary.campaigns() == 3 && summary.enrollments() > 0 && summary.touches() > summary.enrollments());
        assertEquals(summary.accounts(), store.repository(com.nexuscrm.domain.Account.class).count());
        assertEquals(summary.activities(), store.repository(Activity.class).count());
        assertEquals(summary.deals(), deals.size());
    }

    @Test
    void aboutAFifthOfResolvedLeadsConvert() {
        List<Lead> resolved = leads.stream().filter(SampleWorkspaceTest::isResolved).toList();
        double rate = share(resolved, l -> l.getStatus() == LeadStatus.CONVERTED);
        assertTrue(rate >= 0.10 && rate <= 0.35, "conversion of resolved leads: " + rate);
    }

    @Test
    void convertedLeadsShowClearlyMoreIntentAndEngagement() {
        List<Lead> resolved = leads.stream().filter(SampleWorkspaceTest::isResolved).toList();
        List<Lead> won = resolved.stream().filter(l -> l.getStatus() == LeadStatus.CONVERTED).toList();
        List<Lead> lost = resolved.stream().filter(l -> l.getStatus() != LeadStatus.CONVERTED).toList();
        double demoWon = share(won, Lead::isDemoRequested);
        double demoLost = share(lost, Lead::isDemoRequested);
        assertTrue(demoWon > 1.8 * demoLost, "demo requests " + demoWon + " vs " + demoLost);
        double pricingWon = won.stream().mapToInt(Lead::getPricingPageVisits).average().orElseThrow();
        double pricingLost = lost.stream().mapToInt(Lead::getPricingPageVisits).average().orElseThrow();
        assertTrue(pricingWon > 1.5 * pricingLost, "pricing visits " + pricingWon + " vs " + pricingLost);
        double repliesWon = won.stream().mapToInt(Lead::getEmailReplies).average().orElseThrow();
        double repliesLost = lost.stream().mapToInt(Lead::getEmailReplies).average().orElseThrow();
        assertTrue(repliesWon > 1.3 * repliesLost, "replies " + repliesWon + " vs " + repliesLost);
    }

    @Test
    void aSimpleModelLearnsConversionFromStoredFieldsButNotPerfectly() {
        List<Lead> resolved = leads.stream().filter(SampleWorkspaceTest::isResolved).toList();
        List<Lead> train = resolved.stream().filter(l -> resolved.indexOf(l) % 2 == 0).toList();
        List<Lead> test = resolved.stream().filter(l -> resolved.indexOf(l) % 2 == 1).toList();
        LogisticProbe probe = LogisticProbe.fit(train.stream().map(LeadFeatures::of).toList(),
                train.stream().map(l -> l.getStatus() == LeadStatus.CONVERTED).toList());
        double auc = LogisticProbe.auc(test.stream().map(l -> probe.score(LeadFeatures.of(l))).toList(),
                test.stream().map(l -> l.getStatus() == LeadStatus.CONVERTED).toList());
        assertTrue(auc >= 0.70 && auc <= 0.90, "held-out AUC of a plain logistic model: " + auc);
    }

    @Test
    void oldLeadsAreMostlyResolvedAndRecentOnesOpen() {
        List<Lead> old = leads.stream().filter(l -> ageDays(l) > 120).toList();
        List<Lead> recent = leads.stream().filter(l -> ageDays(l) < 14).toList();
        assertTrue(share(old, SampleWorkspaceTest::isResolved) > 0.9, "resolved among old leads");
        assertTrue(share(recent, l -> !isResolved(l)) > 0.6, "open among recent leads");
        assertTrue(leads.stream().anyMatch(l -> l.getStatus() == LeadStatus.NEW));
        assertTrue(leads.stream().anyMatch(l -> l.getStatus() == LeadStatus.WORKING));
    }

    @Test
    void someNewLeadsAreUnassignedAndEveryOtherLeadHasAnOwner() {
        List<Lead> unassigned = leads.stream().filter(l -> l.getOwnerId() == null).toList();
        assertFalse(unassigned.isEmpty(), "no unassigned leads");
        assertTrue(unassigned.size() < LEADS / 10, "too many unassigned: " + unassigned.size());
        assertTrue(unassigned.stream().allMatch(l -> l.getStatus() == LeadStatus.NEW && l.getTeamId() != null));
    }

    @Test
    void convertedLeadsPointAtTheDealTheyOpened() {
        Map<UUID, Deal> byId = deals.stream().collect(Collectors.toMap(Deal::getId, d -> d));
        List<Lead> converted = leads.stream().filter(l -> l.getStatus() == LeadStatus.CONVERTED).toList();
        assertFalse(converted.isEmpty());
        for (Lead lead : converted) {
            Deal deal = byId.get(lead.getConvertedDealId());
            assertNotNull(deal, "deal of converted lead " + lead.getId());
            assertEquals(lead.getConvertedAt(), deal.getCreatedAt());
        }
        assertTrue(leads.stream().filter(l -> l.getStatus() != LeadStatus.CONVERTED)
                .allMatch(l -> l.getConvertedDealId() == null && l.getConvertedAt() == null));
    }

    @Test
    void dealsCoverEveryStageWithTwoYearsOfWonAndLostHistory() {
        Set<DealStage> stages = deals.stream().map(Deal::getStage).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(DealStage.class), stages);
        List<Deal> closed = deals.stream().filter(d -> d.getStage().isClosed()).toList();
        assertTrue(closed.stream().allMatch(d -> d.getClosedAt() != null && !d.getClosedAt().isAfter(NOW)));
        assertTrue(closed.stream().filter(d -> d.getStage() == DealStage.CLOSED_LOST).allMatch(d -> d.getLostReason() != null));
        assertTrue(deals.stream().filter(d -> !d.getStage().isClosed()).allMatch(d -> d.getClosedAt() == null));
        double winRate = share(closed, d -> d.getStage() == DealStage.CLOSED_WON);
        assertTrue(winRate > 0.15 && winRate < 0.55, "win rate " + winRate);
        Instant oldest = closed.stream().map(Deal::getClosedAt).min(Instant::compareTo).orElseThrow();
        assertTrue(Duration.between(oldest, NOW).toDays() > 365, "closed history starts " + oldest);
    }

    @Test
    void underWorkedDealsLoseMore() {
        // Since the win's effort term depends on the buyers' engagement (above the usual work, more touches help only
        // while buyers answer), won deals are no longer worked harder on average; too little work still loses deals.
        Map<UUID, Long> activitiesByDeal = store.repository(Activity.class).findAll().stream()
                .filter(a -> a.getDealId() != null).collect(Collectors.groupingBy(Activity::getDealId, Collectors.counting()));
        List<Deal> closed = deals.stream().filter(d -> d.getStage().isClosed()).toList();
        Predicate<Deal> wonDeal = d -> d.getStage() == DealStage.CLOSED_WON;
        double underWorked = share(closed.stream().filter(d -> activitiesByDeal.getOrDefault(d.getId(), 0L) <= 1).toList(), wonDeal);
        double worked = share(closed.stream().filter(d -> activitiesByDeal.getOrDefault(d.getId(), 0L) > 1).toList(), wonDeal);
        assertTrue(underWorked < 0.8 * worked, "win rate with at most one activity " + underWorked + " vs more " + worked);
    }

    @Test
    void everyDealHasAHistoryFromItsCreationToItsCurrentState() {
        Map<UUID, List<DealChange>> histories = histories();
        for (Deal deal : deals) {
            List<DealChange> history = histories.get(deal.getId());
            assertNotNull(history, "history of " + deal.getName());
            assertEquals(deal.getCreatedAt(), history.get(0).getChangedAt(), "first entry at creation");
            assertEquals(DealStage.PROSPECTING, history.get(0).getStage());
            DealChange last = history.get(history.size() - 1);
            assertEquals(deal.getStage(), last.getStage(), deal.getName());
            assertEquals(0, deal.getAmount().compareTo(last.getAmount()), deal.getName());
            assertEquals(deal.getCloseDate(), last.getCloseDate(), deal.getName());
            assertEquals(deal.getForecastCategory(), last.getForecastCategory(), deal.getName());
            assertTrue(history.stream().noneMatch(c -> c.getChangedAt().isAfter(NOW)));
            if (deal.getStage().isClosed()) {
                assertEquals(deal.getClosedAt(), last.getChangedAt(), "closed at its last entry");
                assertTrue(history.subList(0, history.size() - 1).stream().noneMatch(c -> c.getStage().isClosed()));
            }
        }
        assertTrue(histories.values().stream().mapToInt(List::size).average().orElseThrow() > 3, "histories are short");
    }

    @Test
    void historiesMoveThroughStagesPushCloseDatesAndChangeAmounts() {
        Map<UUID, List<DealChange>> histories = histories();
        List<Deal> won = closed(DealStage.CLOSED_WON);
        List<Deal> lost = closed(DealStage.CLOSED_LOST);
        assertTrue(won.stream().allMatch(d -> histories.get(d.getId()).stream()
                .anyMatch(c -> c.getStage() == DealStage.NEGOTIATION)), "won deals went through negotiation");
        double pushesWon = won.stream().mapToInt(d -> pushes(histories.get(d.getId()))).average().orElseThrow();
        double pushesLost = lost.stream().mapToInt(d -> pushes(histories.get(d.getId()))).average().orElseThrow();
        assertTrue(pushesLost > 1.2 * pushesWon, "close-date pushes per lost deal " + pushesLost + " vs won " + pushesWon);
        long discounted = deals.stream().filter(d -> histories.get(d.getId()).stream().map(DealChange::getAmount)
                .distinct().count() > 1).count();
        assertTrue(discounted > deals.size() / 5, "deals whose amount changed: " + discounted);
        assertTrue(deals.stream().anyMatch(d -> d.getForecastCategory() == ForecastCategory.COMMIT && !d.getStage().isClosed()));
    }

    @Test
    void lineItemsSumExactlyToEachDealsAmount() {
        Map<UUID, List<DealLineItem>> items = store.repository(DealLineItem.class).findAll().stream()
                .collect(Collectors.groupingBy(DealLineItem::getDealId));
        for (Deal deal : deals) {
            List<DealLineItem> lines = items.get(deal.getId());
            assertNotNull(lines, "line items of " + deal.getName());
            BigDecimal sum = lines.stream().map(DealLineItem::total).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, sum.compareTo(deal.getAmount()), deal.getName() + ": " + sum + " vs " + deal.getAmount());
        }
    }

    @Test
    void wonDealsReachedTheEconomicBuyerAndMorePeopleMoreOften() {
        Map<UUID, List<DealContact>> groups = store.repository(DealContact.class).findAll().stream()
                .collect(Collectors.groupingBy(DealContact::getDealId));
        assertTrue(deals.stream().allMatch(d -> groups.containsKey(d.getId())), "every deal has a buying group");
        assertTrue(groups.values().stream().allMatch(g -> g.size() <= 5
                && g.stream().map(DealContact::getContactId).distinct().count() == g.size()));
        Predicate<Deal> hasBuyer = d -> groups.get(d.getId()).stream().anyMatch(c -> c.getRole() == DealRole.ECONOMIC_BUYER);
        double buyerWon = share(closed(DealStage.CLOSED_WON), hasBuyer);
        double buyerLost = share(closed(DealStage.CLOSED_LOST), hasBuyer);
        assertTrue(buyerWon > 1.2 * buyerLost, "economic buyer on won " + buyerWon + " vs lost " + buyerLost);
        List<Deal> closed = deals.stream().filter(d -> d.getStage().isClosed()).toList();
        Predicate<Deal> wonDeal = d -> d.getStage() == DealStage.CLOSED_WON;
        double single = share(closed.stream().filter(d -> groups.get(d.getId()).size() == 1).toList(), wonDeal);
        double multi = share(closed.stream().filter(d -> groups.get(d.getId()).size() > 1).toList(), wonDeal);
        assertTrue(single < multi, "win rate single-threaded " + single + " vs multi-threaded " + multi);
    }

    @Test
    void buyersOfWonDealsAnsweredMoreAndLostDealsWentQuiet() {
        Map<UUID, List<Activity>> byDeal = store.repository(Activity.class).findAll().stream()
                .filter(a -> a.getDealId() != null && a.getOutcome() != null)
                .collect(Collectors.groupingBy(Activity::getDealId));
        double answeredWon = answeredShare(closed(DealStage.CLOSED_WON), byDeal);
        double answeredLost = answeredShare(closed(DealStage.CLOSED_LOST), byDeal);
        assertTrue(answeredWon > answeredLost + 0.15, "answered on won " + answeredWon + " vs lost " + answeredLost);
        double quietWon = quietBeforeClose(closed(DealStage.CLOSED_WON), byDeal);
        double quietLost = quietBeforeClose(closed(DealStage.CLOSED_LOST), byDeal);
        // 1.5x (was 2x before 2026-12-07): engagement is now drawn before the fate, so some deals with quiet buyers are won
        assertTrue(quietLost > 1.5 * quietWon, "days without an answer before the close: lost " + quietLost + " vs won " + quietWon);
    }

    private static double answeredShare(List<Deal> closedDeals, Map<UUID, List<Activity>> byDeal) {
        List<Activity> all = closedDeals.stream().flatMap(d -> byDeal.getOrDefault(d.getId(), List.of()).stream())
                .filter(a -> !"Left voicemail".equals(a.getOutcome())).toList();
        return share(all, a -> "Connected".equals(a.getOutcome()));
    }

    /** Median days from the last answered activity to the close, over deals with one. */
    private static double quietBeforeClose(List<Deal> closedDeals, Map<UUID, List<Activity>> byDeal) {
        double[] gaps = closedDeals.stream().flatMap(d -> byDeal.getOrDefault(d.getId(), List.of()).stream()
                        .filter(a -> "Connected".equals(a.getOutcome())).map(Activity::getOccurredAt)
                        .max(Instant::compareTo).map(t -> Duration.between(t, d.getClosedAt()).toHours() / 24.0).stream())
                .mapToDouble(Double::doubleValue).sorted().toArray();
        return gaps[gaps.length / 2];
    }

    private static Map<UUID, List<DealChange>> histories() {
        Map<UUID, List<DealChange>> histories = store.repository(DealChange.class).findAll().stream()
                .collect(Collectors.groupingBy(DealChange::getDealId));
        histories.values().forEach(h -> h.sort(Comparator.comparing(DealChange::getChangedAt)));
        return histories;
    }

    private static int pushes(List<DealChange> history) {
        int pushes = 0;
        for (int i = 1; i < history.size(); i++) {
            LocalDate before = history.get(i - 1).getCloseDate();
            LocalDate after = history.get(i).getCloseDate();
            pushes += after.isAfter(before) && !history.get(i).getStage().isClosed() ? 1 : 0;
        }
        return pushes;
    }

    private static List<Deal> closed(DealStage stage) {
        return deals.stream().filter(d -> d.getStage() == stage).toList();
    }

    @Test
    void onlyCustomersHaveProductUsage() {
        Set<UUID> customers = deals.stream().filter(d -> d.getStage() == DealStage.CLOSED_WON)
                .map(Deal::getAccountId).collect(Collectors.toSet());
        List<ProductUsage> usage = store.repository(ProductUsage.class).findAll();
        assertTrue(usage.stream().allMatch(u -> customers.contains(u.getAccountId())));
        assertTrue(usage.stream().allMatch(u -> u.getActiveUsers() <= u.getSeats()));
    }

    @Test
    void isMarkedAsASampleForARepAndLeftNothingToSync() {
        assertEquals(0, store.outbox().size());
        assertEquals("true", store.meta().get(WorkspaceMeta.SAMPLE).orElseThrow());
        UUID current = UUID.fromString(store.meta().get(WorkspaceMeta.CURRENT_USER).orElseThrow());
        assertEquals(summary.currentUserId(), current);
        User user = store.repository(User.class).find(current).orElseThrow();
        assertEquals(Role.REP, user.getRole());
    }

    @Test
    void refusesAWorkspaceThatAlreadyHasLeadsAndANegativeCount() {
        SampleWorkspace sample = new SampleWorkspace(1, NOW);
        assertThrows(IllegalStateException.class, () -> sample.generate(new StoredSampleSink(store), 10, Progress.NONE));
        assertThrows(IllegalArgumentException.class, () -> sample.generate(new StoredSampleSink(store), -1, Progress.NONE));
        assertEquals(LEADS, store.leads().count());
    }

    static boolean isResolved(Lead lead) {
        return lead.getStatus() == LeadStatus.CONVERTED || lead.getStatus() == LeadStatus.DISQUALIFIED
                || lead.getStatus() == LeadStatus.NURTURE;
    }

    private static long ageDays(Lead lead) {
        return Duration.between(lead.getCreatedAt(), NOW).toDays();
    }

    private static <T> double share(List<T> items, Predicate<T> test) {
        return items.isEmpty() ? 0 : items.stream().filter(test).count() / (double) items.size();
    }
}
