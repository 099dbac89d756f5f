package com.nexuscrm.usecase;

import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.ActivityRepository;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealChange;
import com.nexuscrm.domain.DealRepository;
import com.nexuscrm.domain.DealScore;
import com.nexuscrm.domain.DealScoreStore;
import com.nexuscrm.domain.Picklist;
import com.nexuscrm.domain.PicklistName;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.deal.BuyingGroupMember;
import com.nexuscrm.domain.deal.DealFacts;
import com.nexuscrm.domain.deal.DealHealth;
import com.nexuscrm.domain.deal.DealRisk;
import com.nexuscrm.domain.deal.DealRisks;
import com.nexuscrm.domain.deal.StageNorms;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Judges deals: their risks ({@link DealRisks}) and health ({@link DealHealth}), and stores the health (the
 * store keeps the value it replaces as the trend). For one deal (its detail pane) or for every open deal at once
 * (after a sync or a rescore), the latter in a handful of queries whatever the number of deals: the open deals,
 * their people, their activities of the last {@link #LOOKBACK_DAYS} days, the whole deal history (for the stage
 * norms too), the won amounts and the stored scores. Bad data (no amount, a close date in the past, a stage the
 * team's list dropped) becomes a risk with its reason, never an exception.
 */
public final class AssessDeals {
    /** How far back activities are read; "gone quiet" says "in the last 180 days" beyond it. */
    public static final int LOOKBACK_DAYS = 180;
    /** The one-deal path reuses the stage norms this long (one deal's move barely shifts a percentile). */
    static final Duration NORMS_KEPT = Duration.ofHours(1);

    /** One deal judged: its risks, its health now and the stored health before it (null when none). */
    public record Assessment(UUID dealId, String dealName, List<DealRisk> risks, DealHealth health,
                             Integer previousHealth) {
        /** The change since the previous health: positive is better; null without both values. */
        public Integer trend() {
            return health.score() == null || previousHealth == null ? null : health.score() - previousHealth;
        }
    }

    private final DealRepository deals;
    private final ActivityRepository activities;
    private final DealScoreStore scores;
    private final Supplier<Picklist> stages;
    private final Supplier<Picklist> outcomes;
    private final DealRisks rules;
    private final Clock clock;
    private StageNorms norms;
    private Instant normsAt;

    public AssessDeals(DealRepository deals, ActivityRepository activities, DealScoreStore scores,
                       Supplier<Picklist> stages, Supplier<Picklist> outcomes, DealRisks rules, Clock clock) {
        this.deals = deals;
        this.activities = activities;
        this.scores = scores;
        this.stages = stages;
        this.outcomes = outcomes;
        this.rules = rules;
        this.clock = clock;
    }

    public AssessDeals(Workspace workspace, Clock clock) {
        this(workspace.deals(), workspace.activities(), workspace.dealScores(),
                () -> TeamPicklists.of(workspace).load(PicklistName.DEAL_STAGE),
                () -> TeamPicklists.of(workspace).load(PicklistName.ACTIVITY_OUTCOME), new DealRisks(), clock);
    }

    /** One deal, for its detail pane; stores its health when it is open and has one. */
    public Assessment assess(UUID dealId) {
        Deal deal = deals.find(dealId).filter(d -> !d.isDeleted())
                .orElseThrow(() -> new NoSuchElementException("The deal was deleted (perhaps on another workstation)."));
        Instant now = clock.instant();
        List<DealChange> history = deals.history(dealId);
        DealFactsReader reader = reader(normsFor(now), deals.wonAmountsByOwner(), now);
        List<BuyingGroupMember> people = deals.people(List.of(dealId));
        List<Activity> logged = activities.forDeals(List.of(dealId), contactIds(people), reader.touchpointsFrom());
        Map<UUID, DealScore> stored = new HashMap<>();
        scores.find(dealId).ifPresent(s -> stored.put(dealId, s));
        return judgeAndStore(List.of(reader.facts(deal, history, people, logged)), stored).get(0);
    }

    /** Every open deal (after a sync or a rescore), in id order; stores their health in one write. */
    public List<Assessment> assessOpen(Progress progress) {
        Instant now = clock.instant();
        progress.update(0, 0, "Reading open deals");
        List<Deal> open = deals.allOpen();
        List<DealChange> all = deals.allHistory();
        synchronized (this) {
            norms = StageNorms.from(all);
            normsAt = now;
        }
        DealFactsReader reader = reader(norms, deals.wonAmountsByOwner(), now);
        List<UUID> ids = open.stream().map(Deal::getId).toList();
        Map<UUID, List<BuyingGroupMember>> people = deals.people(ids).stream()
                .collect(Collectors.groupingBy(BuyingGroupMember::dealId));
        Map<UUID, List<Activity>> logged = byDeal(activities.forDeals(ids,
                contactIds(people.values().stream().flatMap(List::stream).toList()), reader.touchpointsFrom()), people);
        Map<UUID, List<DealChange>> history = all.stream().collect(Collectors.groupingBy(DealChange::getDealId));
        progress.checkCancelled();
        List<DealFacts> facts = new ArrayList<>(open.size());
        for (Deal d : open) {
            facts.add(reader.facts(d, history.getOrDefault(d.getId(), List.of()), people.getOrDefault(d.getId(), List.of()),
                    logged.getOrDefault(d.getId(), List.of())));
        }
        progress.update(open.size(), open.size(), "Judged " + open.size() + " open deals");
        return judgeAndStore(facts, scores.all());
    }

    private DealFactsReader reader(StageNorms stageNorms, Map<UUID, List<java.math.BigDecimal>> won, Instant now) {
        return new DealFactsReader(stageNorms, won, stages.get(), outcomes.get(),
                now.minus(Duration.ofDays(LOOKBACK_DAYS)), now, clock.getZone());
    }

    private synchronized StageNorms normsFor(Instant now) {
        if (norms == null || normsAt.plus(NORMS_KEPT).isBefore(now) || normsAt.isAfter(now)) {
            norms = StageNorms.from(deals.allHistory());
            normsAt = now;
        }
        return norms;
    }

    /** Judges each deal, stores the health of the open ones that have one, and returns them with their trend. */
    private List<Assessment> judgeAndStore(List<DealFacts> facts, Map<UUID, DealScore> stored) {
        List<Assessment> out = new ArrayList<>(facts.size());
        Map<UUID, Integer> health = new LinkedHashMap<>();
        for (DealFacts f : facts) {
            DealHealth h = DealHealth.of(f);
            DealScore before = stored.get(f.dealId());
            Integer was = before == null ? null : before.health();
            Integer previous = h.score() == null || was == null ? null
                    : h.score().equals(was) ? before.previousHealth() : was;
            if (h.score() != null && f.open() && !h.score().equals(was)) { // an unchanged health keeps its row as it is
                health.put(f.dealId(), h.score());
            }
            out.add(new Assessment(f.dealId(), f.name(), rules.assess(f), h, previous));
        }
        if (!health.isEmpty()) {
            scores.writeHealth(health);
        }
        return out;
    }

    private static List<UUID> contactIds(List<BuyingGroupMember> people) {
        return people.stream().map(BuyingGroupMember::contactId).filter(java.util.Objects::nonNull).distinct().toList();
    }

    /** Activities by deal: a deal's own, plus those logged on its people without a deal. */
    private static Map<UUID, List<Activity>> byDeal(List<Activity> found, Map<UUID, List<BuyingGroupMember>> people) {
        Map<UUID, List<UUID>> dealsOfContact = new HashMap<>();
        people.forEach((deal, members) -> members.forEach(m ->
                dealsOfContact.computeIfAbsent(m.contactId(), c -> new ArrayList<>()).add(deal)));
        Map<UUID, List<Activity>> byDeal = new HashMap<>();
        for (Activity a : found) {
            List<UUID> owners = a.getDealId() != null ? List.of(a.getDealId())
                    : dealsOfContact.getOrDefault(a.getContactId(), List.of());
            owners.forEach(d -> byDeal.computeIfAbsent(d, x -> new ArrayList<>()).add(a));
        }
        return byDeal;
    }
}
