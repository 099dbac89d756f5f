package com.nexuscrm.usecase;

import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealChange;
import com.nexuscrm.domain.DealRepository;
import com.nexuscrm.domain.Picklist;
import com.nexuscrm.domain.PicklistName;
import com.nexuscrm.domain.deal.ForecastBacktest;
import com.nexuscrm.domain.deal.ForecastPeriod;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The forecast backtest over the workspace's deals and their history (see {@link ForecastBacktest} for the method):
 * for each past month or quarter with closed deals, stage weighting and the stage-win-rate model, each made as of
 * the period's first day, against what was won in it. Two queries (deals, history) and the team's stage list.
 */
public final class BacktestDeals {
    private final DealRepository deals;
    private final Supplier<Picklist> stages;
    private final ZoneId zone;
    private final Clock clock;

    public BacktestDeals(DealRepository deals, Supplier<Picklist> stages, ZoneId zone, Clock clock) {
        this.deals = deals;
        this.stages = stages;
        this.zone = zone;
        this.clock = clock;
    }

    public static BacktestDeals of(Workspace workspace, ZoneId zone, Clock clock) {
        TeamPicklists lists = TeamPicklists.of(workspace);
        return new BacktestDeals(workspace.deals(), () -> lists.load(PicklistName.DEAL_STAGE), zone, clock);
    }

    public ForecastBacktest.Result run(ForecastPeriod.Kind kind) {
        if (kind == ForecastPeriod.Kind.CUSTOM) {
            throw new IllegalArgumentException("The backtest runs by month or by quarter.");
        }
        Map<UUID, List<DealChange>> history = deals.allHistory().stream()
                .collect(Collectors.groupingBy(DealChange::getDealId));
        List<ForecastBacktest.Deal> replayed = new ArrayList<>();
        for (Deal d : deals.findAll()) {
            if (d.isDeleted()) {
                continue;
            }
            LocalDate closedOn = d.getClosedAt() == null ? (d.getStage().isClosed() ? d.getCloseDate() : null)
                    : LocalDate.ofInstant(d.getClosedAt(), zone);
            replayed.add(new ForecastBacktest.Deal(d.getId(), d.getStage(), d.getAmount(), closedOn,
                    history.getOrDefault(d.getId(), List.of())));
        }
        Picklist list = stages.get();
        return ForecastBacktest.run(replayed, s -> ForecastDeals.stageProbability(list, s), kind,
                LocalDate.now(clock.withZone(zone)), zone);
    }
}
