package com.nexuscrm.usecase;

import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealChange;
import com.nexuscrm.domain.Picklist;
import com.nexuscrm.domain.PicklistValue;
import com.nexuscrm.domain.deal.BuyingGroupMember;
import com.nexuscrm.domain.deal.DealFacts;
import com.nexuscrm.domain.deal.DealTimeline;
import com.nexuscrm.domain.deal.StageNorms;
import com.nexuscrm.domain.deal.Touchpoint;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Turns what {@link AssessDeals} read in bulk into one deal's {@link DealFacts}: no reads of its own, so building the
 * facts of ten thousand deals costs the handful of queries that read them.
 */
record DealFactsReader(StageNorms norms, Map<UUID, List<BigDecimal>> wonByOwner, Picklist stages, Picklist outcomes,
                       Instant touchpointsFrom, Instant now, ZoneId zone) {

    DealFacts facts(Deal deal, List<DealChange> history, List<BuyingGroupMember> people, List<Activity> activities) {
        DealFacts.Builder b = DealFacts.builder(deal.getId(), now).name(deal.getName()).zone(zone)
                .amount(deal.getAmount(), deal.getCurrency()).closeDate(deal.getCloseDate())
                .createdAt(deal.getCreatedAt()).owner(deal.getOwnerId()).pushes(DealTimeline.pushes(history))
                .lastCall(deal.getLastCallAt(), deal.getLastCallSentiment(), deal.getLastCallObjections(),
                        deal.getLastCallCompetitors())
                .repWonAmounts(deal.getOwnerId() == null ? List.of() : wonByOwner.getOrDefault(deal.getOwnerId(), List.of()))
                .stageNorm(norms.p75(deal.getStage()).orElse(null), norms.stays(deal.getStage()))
                .touchpointsFrom(touchpointsFrom);
        stage(b, deal);
        b.stageEnteredAt(history.isEmpty() ? deal.getCreatedAt()
                : DealTimeline.stageEnteredAt(history, deal.getStage()).orElse(null));
        people.forEach(b::person);
        Set<UUID> seen = new java.util.HashSet<>();
        for (Activity a : activities) {
            if (seen.add(a.getId()) && a.getOccurredAt() != null) {
                b.touch(Touchpoint.of(a, outcomes, now));
            }
        }
        return b.build();
    }

    /** The team's name for the stage, and whether its list still offers it (an active value with that key). */
    private void stage(DealFacts.Builder b, Deal deal) {
        if (deal.getStage() == null) {
            b.stage(null, "", false);
            return;
        }
        String key = deal.getStage().name();
        boolean listed = stages.value(key).map(PicklistValue::active).orElse(false);
        b.stage(deal.getStage(), stages.value(key).map(PicklistValue::label).orElse(deal.getStage().label()), listed);
    }
}
