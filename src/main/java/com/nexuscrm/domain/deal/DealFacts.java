package com.nexuscrm.domain.deal;

import com.nexuscrm.domain.DealStage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What is known about one deal at {@code now}, read from the store once and then judged by {@link DealRisks} and
 * {@link DealHealth} without further reads. Any part may be missing (an amount, a close date, a stage the team's
 * picklist no longer lists, no history): the rules then say so rather than guess.
 *
 * @param stageLabel     the team's name of the stage, or the stored key when the picklist no longer has it
 * @param stageListed    whether the team's deal-stage picklist still offers the stage (an active value)
 * @param stageEnteredAt when the deal entered its current stage (from its history); null when unknown
 * @param closeDatePushes each move of the close date to a later date, oldest first
 * @param people         the buying group, plus the primary contact when the group does not list them
 * @param touchpoints    the deal's activities (and its people's), read by {@link Touchpoint}
 * @param lastCallSentiment the last analysed call's overall sentiment, -1..1; null when no call was analysed
 * @param repWonAmounts  the amounts of the owner's won deals (for "far above the rep's usual")
 * @param stageNorm      the 75th percentile of time in this stage over the workspace; null when too few stays
 * @param stageNormStays how many completed stays the norm is based on
 * @param touchpointsFrom the earliest time the touchpoints were read from; null when the whole history was read
 */
public record DealFacts(UUID dealId, String name, DealStage stage, String stageLabel, boolean stageListed,
                        BigDecimal amount, String currency, LocalDate closeDate, Instant createdAt, UUID ownerId,
                        Instant stageEnteredAt, List<DealTimeline.Push> closeDatePushes,
                        List<BuyingGroupMember> people, List<Touchpoint> touchpoints, Instant lastCallAt,
                        Double lastCallSentiment, String lastCallObjections, String lastCallCompetitors,
                        List<BigDecimal> repWonAmounts, Duration stageNorm, int stageNormStays, Instant touchpointsFrom,
                        Instant now, ZoneId zone) {
    public DealFacts {
        Objects.requireNonNull(dealId, "dealId");
        Objects.requireNonNull(now, "now");
        name = name == null || name.isBlank() ? "this deal" : name.strip();
        closeDatePushes = List.copyOf(closeDatePushes == null ? List.of() : closeDatePushes);
        people = List.copyOf(people == null ? List.of() : people);
        touchpoints = touchpoints == null ? List.of() : touchpoints.stream()
                .filter(t -> t.at() != null).sorted(java.util.Comparator.comparing(Touchpoint::at)).toList();
        repWonAmounts = List.copyOf(repWonAmounts == null ? List.of() : repWonAmounts);
        zone = zone == null ? java.time.ZoneOffset.UTC : zone;
    }

    public boolean open() {
        return stage == null || !stage.isClosed();
    }

    /** Today in the rep's zone. */
    public LocalDate today() {
        return LocalDate.ofInstant(now, zone);
    }

    /** Whole days from {@code then} to now (0 for a moment later today or in the future). */
    public long daysSince(Instant then) {
        return Math.max(0, Duration.between(then, now).toDays());
    }

    /** The customer-facing touchpoints of the last {@code days} days up to now (planned meetings excluded). */
    public List<Touchpoint> within(int days) {
        Instant from = now.minus(Duration.ofDays(days));
        return touchpoints.stream().filter(t -> !t.at().isBefore(from) && !t.at().isAfter(now)).toList();
    }

    /** The latest touchpoint on which the customer took part, by now; null when there is none. */
    public Touchpoint lastTwoWay() {
        Touchpoint last = null;
        for (Touchpoint t : touchpoints) {
            if (t.twoWay() && !t.at().isAfter(now)) {
                last = t;
            }
        }
        return last;
    }

    /**
     * The contacts who took part (a reply, a connected call, a meeting held) in the last {@code days} days. An
     * activity logged on the deal without a contact still shows that somebody took part: when no named contact
     * did, such activities count as one unnamed person (id null in the set).
     */
    public java.util.Set<UUID> engaged(int days) {
        java.util.Set<UUID> named = new java.util.LinkedHashSet<>();
        boolean unnamed = false;
        for (Touchpoint t : within(days)) {
            if (t.twoWay()) {
                if (t.contactId() == null) {
                    unnamed = true;
                } else {
                    named.add(t.contactId());
                }
            }
        }
        if (named.isEmpty() && unnamed) {
            named.add(null);
        }
        return named;
    }

    /** The median of the owner's won amounts; null when they have none. */
    public BigDecimal repMedianWon() {
        if (repWonAmounts.isEmpty()) {
            return null;
        }
        List<BigDecimal> sorted = new ArrayList<>(repWonAmounts);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
    }

    /** The person on the deal with this contact id; null when they are not on it. */
    public BuyingGroupMember person(UUID contactId) {
        return people.stream().filter(p -> p.contactId().equals(contactId)).findFirst().orElse(null);
    }

    /** Facts assembled part by part (the use case's reader and the rules' tests). */
    public static Builder builder(UUID dealId, Instant now) {
        return new Builder(dealId, now);
    }

    /** Assembles {@link DealFacts}; every part left out is unknown. */
    public static final class Builder {
        private final UUID dealId;
        private final Instant now;
        private String name = "";
        private DealStage stage = DealStage.PROSPECTING;
        private String stageLabel;
        private boolean stageListed = true;
        private BigDecimal amount;
        private String currency;
        private LocalDate closeDate;
        private Instant createdAt;
        private UUID ownerId;
        private Instant stageEnteredAt;
        private List<DealTimeline.Push> pushes = List.of();
        private final List<BuyingGroupMember> people = new ArrayList<>();
        private final List<Touchpoint> touchpoints = new ArrayList<>();
        private Instant lastCallAt;
        private Double lastCallSentiment;
        private String lastCallObjections;
        private String lastCallCompetitors;
        private List<BigDecimal> repWonAmounts = List.of();
        private Duration stageNorm;
        private int stageNormStays;
        private ZoneId zone;
        private Instant touchpointsFrom;

        private Builder(UUID dealId, Instant now) {
            this.dealId = dealId;
            this.now = now;
        }

        public Builder name(String value) { name = value; return this; }
        public Builder stage(DealStage value, String label, boolean listed) {
            stage = value;
            stageLabel = label;
            stageListed = listed;
            return this;
        }
        public Builder stage(DealStage value) { return stage(value, value == null ? "" : value.label(), true); }
        public Builder amount(BigDecimal value, String currencyCode) { amount = value; currency = currencyCode; return this; }
        public Builder closeDate(LocalDate value) { closeDate = value; return this; }
        public Builder createdAt(Instant value) { createdAt = value; return this; }
        public Builder owner(UUID value) { ownerId = value; return this; }
        public Builder stageEnteredAt(Instant value) { stageEnteredAt = value; return this; }
        public Builder pushes(List<DealTimeline.Push> value) { pushes = value; return this; }
        public Builder person(BuyingGroupMember value) { people.add(value); return this; }
        public Builder touch(Touchpoint value) { touchpoints.add(value); return this; }
        public Builder lastCall(Instant at, Double sentiment, String objections, String competitors) {
            lastCallAt = at;
            lastCallSentiment = sentiment;
            lastCallObjections = objections;
            lastCallCompetitors = competitors;
            return this;
        }
        public Builder repWonAmounts(List<BigDecimal> value) { repWonAmounts = value; return this; }
        public Builder stageNorm(Duration p75, int stays) { stageNorm = p75; stageNormStays = stays; return this; }
        public Builder zone(ZoneId value) { zone = value; return this; }
        public Builder touchpointsFrom(Instant value) { touchpointsFrom = value; return this; }

        public DealFacts build() {
            return new DealFacts(dealId, name, stage, stageLabel == null ? "" : stageLabel, stageListed, amount, currency,
                    closeDate, createdAt, ownerId, stageEnteredAt, pushes, people, touchpoints, lastCallAt,
                    lastCallSentiment, lastCallObjections, lastCallCompetitors, repWonAmounts, stageNorm, stageNormStays,
                    touchpointsFrom, now, zone);
        }
    }
}
