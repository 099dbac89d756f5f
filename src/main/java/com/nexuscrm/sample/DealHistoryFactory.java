package com.nexuscrm.sample;

import com.nexuscrm.domain.Contact;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealChange;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.ForecastCategory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * A deal's life up to its close or "now": its buying group ({@link BuyingGroups}), its line items
 * ({@link DealQuote}) and its history, one {@link DealChange} per change of stage, amount, close date or
 * forecast category, as {@code usecase.SaveDeal} would have written it. The deal's own fields end equal to the
 * last entry. {@link SampleWorkspace} documents the model.
 *
 * <p>It draws from its own random streams, so every record the generator made before deals had histories is
 * unchanged (only the deal's amount, name, open stage, close date and forecast category follow its history).
 */
final class DealHistoryFactory {
    private static final DealStage[] STAGES = {DealStage.PROSPECTING, DealStage.QUALIFICATION, DealStage.PROPOSAL,
            DealStage.NEGOTIATION};
    /** Where each open stage starts, as a share of the deal's cycle, before a per-deal jitter. */
    private static final double[] STAGE_STARTS = {0, 0.2, 0.45, 0.7};

    private final Draws draws;
    private final SampleClock clock;
    private final BuyingGroups groups;

    private static final class State {
        DealStage stage = DealStage.PROSPECTING;
        int seats;
        int discount;
        LocalDate closeDate;
        ForecastCategory category = ForecastCategory.PIPELINE;
        /** When a deal bound to be lost stops answering; null for one that will be won. */
        Instant quietFrom;
    }

    private record Event(Instant at, Consumer<State> change) { }

    DealHistoryFactory(long seed, Instant now) {
        this.draws = new Draws(new Random(seed ^ 0x0DEA_1415_7081_E5L));
        this.clock = new SampleClock(now, new Random(seed ^ 0x0DEA_11D5L));
        this.groups = new BuyingGroups(draws, clock, new Draws(new Random(seed ^ 0x0B01_0E_D5L)));
    }

    /**
     * Draws, before the deal's fate, its latent engagement {@code D ~ N(0, 1)} and the buying group it will reach
     * (both part of what decides the fate, see {@link OutcomeModel#wins}).
     */
    BuyingCommittee committee(AccountState account, Contact primary) {
        return groups.committee(account, primary, draws.gaussian());
    }

    /**
     * Plays the deal (its stage, closedAt and amount already drawn by {@link DealFactory}) forward from its
     * creation, adds its history, the part of its buying group met so far and its line items to the batch and
     * settles its fields.
     */
    DealEngagement play(Deal deal, AccountState account, BuyingCommittee committee, boolean hasPrimary, boolean won,
                        double cycleDays, SampleBatch batch) {
        Segment segment = account.company().segment();
        Instant created = deal.getCreatedAt();
        boolean closed = deal.getStage().isClosed();
        double reached = won ? 1.0 : 0.2 + 0.75 * draws.uniform();
        Instant quietFrom = won ? null : SampleClock.plusDays(created, reached * cycleDays);
        double progress = closed ? 1 : SampleClock.daysBetween(created, clock.now()) / cycleDays;
        List<Contact> group = groups.link(deal, committee, hasPrimary, progress, cycleDays, batch);
        int seats = DealFactory.seats(deal.getAmount().doubleValue(), segment);
        DealQuote quote = quote(segment);
        State state = new State();
        state.seats = Math.max(3, (int) Math.round(seats * draws.logNormal(1, 0.25)));
        state.quietFrom = quietFrom;
        state.closeDate = date(SampleClock.plusDays(created, plannedDays(segment, deal.getAmount().doubleValue())));
        List<Event> events = events(won, reached, seats, created, cycleDays);
        List<DealChange> history = replay(deal, quote, state, events, closed ? deal.getClosedAt() : clock.now());
        settle(deal, quote, state, history, account.company().name());
        history.forEach(batch::add);
        quote.items(deal, state.seats, state.discount, () -> clock.id(created)).forEach(batch::add);
        return new DealEngagement(committee.engagement(), quietFrom, group);
    }

    /** The rep's first guess at the cycle: the segment's norm for the size, never exact. */
    private double plannedDays(Segment segment, double amount) {
        return segment.medianCycleDays() * Math.pow(amount / segment.medianDealAmount(), 0.3) * draws.logNormal(1, 0.25);
    }

    private DealQuote quote(Segment segment) {
        int list = (int) DealFactory.pricePerSeat(segment);
        int onboarding = switch (segment) {
            case SMB -> draws.chance(0.3) ? 1_500 : 0;
            case MID_MARKET -> draws.chance(0.5) ? 4_000 : 0;
            case ENTERPRISE -> draws.chance(0.7) ? 12_000 : 0;
        };
        return new DealQuote(DealFactory.plan(segment), list, onboarding, draws.chance(0.25) ? list / 10 : 0);
    }

    /**
     * What happens to the deal, in cycle shares: stage moves until the share it reached (all of it for a deal
     * that will be won; a lost deal stalls where it went quiet), the final seat count at the proposal, a discount
     * late in negotiation, a close date pushed at the buyer's request (most lost deals, as they go quiet),
     * best case at the proposal, commit or best case at negotiation, and omitted once a lost deal went quiet.
     */
    private List<Event> events(boolean won, double reached, int seats, Instant created, double cycleDays) {
        List<Event> events = new ArrayList<>();
        double negotiation = 1;
        for (int i = 1; i < STAGES.length; i++) {
            double share = STAGE_STARTS[i] + 0.08 * (draws.uniform() - 0.5);
            Consumer<State> move = stageMove(i, seats, won);
            if (share < reached) {
                events.add(new Event(SampleClock.plusDays(created, share * cycleDays), move));
                negotiation = i == STAGES.length - 1 ? share : negotiation;
            }
        }
        if (negotiation < reached && draws.chance(won ? 0.6 : 0.45)) {
            int percent = draws.between(won ? 5 : 8, won ? 20 : 30);
            double share = negotiation + 0.9 * draws.uniform() * (reached - negotiation);
            events.add(new Event(SampleClock.plusDays(created, share * cycleDays), s -> s.discount = percent));
        }
        if (draws.chance(won ? 0.15 : 0.7)) {
            int days = draws.between(14, 45);
            // A buyer about to go quiet asks to "revisit next month"; a winning one sometimes needs more time.
            double share = won ? 0.3 + 0.6 * draws.uniform() : reached;
            events.add(new Event(SampleClock.plusDays(created, share * cycleDays),
                    s -> s.closeDate = s.closeDate.plusDays(days)));
        }
        if (!won && draws.chance(0.3)) {
            double share = reached + 0.9 * draws.uniform() * (1 - reached);
            events.add(new Event(SampleClock.plusDays(created, share * cycleDays),
                    s -> s.category = ForecastCategory.OMITTED));
        }
        events.sort((a, b) -> a.at().compareTo(b.at()));
        return events;
    }

    private Consumer<State> stageMove(int index, int seats, boolean won) {
        DealStage stage = STAGES[index];
        ForecastCategory category = switch (index) {
            case 2 -> draws.chance(0.5) ? ForecastCategory.BEST_CASE : ForecastCategory.PIPELINE;
            case 3 -> draws.chance(won ? 0.65 : 0.4) ? ForecastCategory.COMMIT : ForecastCategory.BEST_CASE;
            default -> ForecastCategory.PIPELINE;
        };
        return s -> {
            s.stage = stage;
            s.category = category;
            s.seats = index == 2 ? seats : s.seats;
        };
    }

    /** The history up to {@code until}: the deal as created, then an entry per event and per overdue close date. */
    private List<DealChange> replay(Deal deal, DealQuote quote, State s, List<Event> events, Instant until) {
        List<DealChange> history = new ArrayList<>();
        history.add(snapshot(deal, quote, s, deal.getCreatedAt()));
        for (Event event : events) {
            if (event.at().isAfter(until)) {
                break;
            }
            pushOverdue(deal, quote, s, event.at(), history);
            event.change().accept(s);
            history.add(snapshot(deal, quote, s, event.at()));
        }
        pushOverdue(deal, quote, s, until, history);
        return history;
    }

    /**
     * A rep notices a close date has passed a few days later and moves it: two to six weeks out while the buyer
     * answers (a new plan), one or two weeks at a time once the buyer has gone quiet ("surely next week"), so a
     * stalled deal is pushed again and again.
     */
    private void pushOverdue(Deal deal, DealQuote quote, State s, Instant by, List<DealChange> history) {
        while (true) {
            Instant noticed = SampleClock.plusDays(s.closeDate.atStartOfDay(ZoneOffset.UTC).toInstant(),
                    1 + 4 * draws.uniform());
            // Never at the same moment as the entry before, so the history has one order.
            Instant after = history.get(history.size() - 1).getChangedAt().plusSeconds(60);
            noticed = noticed.isBefore(after) ? after : noticed;
            if (!noticed.isBefore(by)) {
                return;
            }
            boolean quiet = s.quietFrom != null && !noticed.isBefore(s.quietFrom);
            s.closeDate = date(noticed).plusDays(quiet ? draws.between(5, 14) : draws.between(14, 40));
            history.add(snapshot(deal, quote, s, noticed));
        }
    }

    /** The deal's fields follow its history; a closed deal's last entry is its close. */
    private void settle(Deal deal, DealQuote quote, State s, List<DealChange> history, String company) {
        deal.setAmount(quote.amount(s.seats, s.discount));
        deal.setForecastCategory(s.category);
        deal.setName(company + " - " + quote.plan() + ", " + s.seats + " seats");
        if (deal.getStage().isClosed()) {
            history.add(entry(deal, deal.getClosedAt(), deal.getStage(), deal.getAmount(), deal.getCloseDate(),
                    s.category));
        } else {
            deal.setStage(s.stage);
            deal.setCloseDate(s.closeDate);
        }
    }

    private DealChange snapshot(Deal deal, DealQuote quote, State s, Instant at) {
        return entry(deal, at, s.stage, quote.amount(s.seats, s.discount), s.closeDate, s.category);
    }

    private DealChange entry(Deal deal, Instant at, DealStage stage, BigDecimal amount, LocalDate closeDate,
                             ForecastCategory category) {
        DealChange change = new DealChange(clock.id(at));
        change.setDealId(deal.getId());
        change.setChangedAt(at);
        change.setChangedBy(deal.getOwnerId());
        change.setStage(stage);
        change.setAmount(amount);
        change.setCloseDate(closeDate);
        change.setForecastCategory(category);
        change.setOwnerId(deal.getOwnerId());
        change.setTeamId(deal.getTeamId());
        return change;
    }

    private static LocalDate date(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }
}
