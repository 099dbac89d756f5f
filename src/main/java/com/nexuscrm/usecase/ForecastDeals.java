package com.nexuscrm.usecase;

import com.nexuscrm.domain.DealChange;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.Directory;
import com.nexuscrm.domain.Picklist;
import com.nexuscrm.domain.PicklistName;
import com.nexuscrm.domain.PicklistValue;
import com.nexuscrm.domain.Picklists;
import com.nexuscrm.domain.RecordRepository;
import com.nexuscrm.domain.TeamSetting;
import com.nexuscrm.domain.User;
import com.nexuscrm.domain.deal.ForecastAdjustments;
import com.nexuscrm.domain.deal.ForecastCurve;
import com.nexuscrm.domain.deal.ForecastDeal;
import com.nexuscrm.domain.deal.ForecastMoves;
import com.nexuscrm.domain.deal.ForecastPeriod;
import com.nexuscrm.domain.deal.ForecastSource;
import com.nexuscrm.domain.deal.PipelineForecast;
import com.nexuscrm.json.TeamSettingJson;
import com.nexuscrm.storage.StoredDirectory;
import com.nexuscrm.storage.StoredForecastSource;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A period's deal forecast from the store, as the Forecast screen and {@code nexus forecast} show it: one query for
 * the deals with their scores, one for the team's deal stages (their probabilities), one for the managers'
 * adjustments. Also what moved in the period (from the deals' history) and saving a manager's adjustment, which is
 * a team setting ({@link ForecastAdjustments#settingName}): synced, and refused for anyone but an admin or a manager.
 */
public final class ForecastDeals {
    /** Whose deals: the user's own, the user's team's, or every deal the workspace holds. */
    public enum Scope { ME, TEAM, COMPANY }

    /** What moved, amounts in the team's currency, and the moves of deals in a currency without a rate (left out). */
    public record Moved(List<ForecastMoves.Move> moves, List<ForecastMoves.Move> unconverted, Map<UUID, String> currencies) { }

    /** The forecast (amounts in the team's currency) with its deals' weekly curve and the names of its reps and teams. */
    public record Forecast(PipelineForecast.Result result, List<ForecastCurve.Point> weeks, Map<UUID, String> names,
                           boolean adjustable) { }

    private final ForecastSource source;
    private final TeamSettingStore settings;
    private final TeamPicklists picklists;
    private final Directory directory;
    private final TeamCurrency currency;
    private final ZoneId zone;
    private final Clock clock;

    public ForecastDeals(ForecastSource source, RecordRepository<TeamSetting> settings, Directory directory, ZoneId zone,
                         Clock clock) {
        this.source = source;
        this.settings = new TeamSettingStore(settings, directory);
        this.picklists = new TeamPicklists(settings, directory);
        this.directory = directory;
        this.currency = new TeamCurrency(settings, directory);
        this.zone = zone;
        this.clock = clock;
    }

    public static ForecastDeals of(Workspace workspace, ZoneId zone, Clock clock) {
        return new ForecastDeals(new StoredForecastSource(workspace.store()), workspace.repository(TeamSetting.class),
                new StoredDirectory(workspace.store()), zone, clock);
    }

    /** The period's forecast grouped {@code by}, over the {@code scope}'s deals. */
    public Forecast forecast(ForecastPeriod period, PipelineForecast.By by, Scope scope) {
        Instant wonFrom = period.from().atStartOfDay(zone).toInstant();
        Instant wonUntil = period.to().plusDays(1).atStartOfDay(zone).toInstant();
        Picklist stages = picklists.load(PicklistName.DEAL_STAGE);
        Predicate<ForecastSource.Row> inScope = scopeFilter(scope);
        List<ForecastDeal> deals = source.rows(period.from(), period.to(), wonFrom, wonUntil).stream().filter(inScope)
                .map(r -> deal(r, stages)).toList();
        List<User> users = directory.users();
        Map<UUID, UUID> teamOfRep = new LinkedHashMap<>();
        users.stream().filter(u -> u.getTeamId() != null).forEach(u -> teamOfRep.put(u.getId(), u.getTeamId()));
        ForecastAdjustments adjustments = inScope(adjustments(period), scope, teamOfRep);
        PipelineForecast.Result result = PipelineForecast.of(period, deals, adjustments, teamOfRep, by, currency.rates());
        return new Forecast(result, ForecastCurve.weekly(result, LocalDate.now(clock.withZone(zone))), names(users),
                period.adjustmentKey().isPresent() && settings.editable());
    }

    /** What moved in the period between two moments, each deal's move once, in the team's currency (see {@link #moved}). */
    public List<ForecastMoves.Move> moves(ForecastPeriod period, Instant since, Instant until, Scope scope) {
        return moved(period, since, until, scope).moves();
    }

    /** What moved, amounts converted into the team's currency; a deal in a currency without a rate is set apart. */
    public Moved moved(ForecastPeriod period, Instant since, Instant until, Scope scope) {
        List<ForecastMoves.Move> all = rawMoves(period, since, until, scope);
        Map<UUID, String> currencies = all.isEmpty() ? Map.of()
                : source.dealCurrencies(all.stream().map(ForecastMoves.Move::dealId).toList());
        ForecastMoves.Converted c = ForecastMoves.convert(all, currencies, currency.rates());
        return new Moved(c.moves(), c.unconverted(), currencies);
    }

    private List<ForecastMoves.Move> rawMoves(ForecastPeriod period, Instant since, Instant until, Scope scope) {
        Map<UUID, List<DealChange>> byDeal = source.historyOfDealsChanged(since, until).stream()
                .collect(Collectors.groupingBy(DealChange::getDealId, LinkedHashMap::new, Collectors.toList()));
        Optional<User> me = me();
        if (scope != Scope.COMPANY && me.isPresent()) {
            byDeal.values().removeIf(h -> !inScope(h.get(h.size() - 1), scope, me.get()));
        }
        return ForecastMoves.between(period, byDeal, since, until);
    }

    /** The stage's probability on the team's list; a stage the list no longer holds keeps the built-in one. */
    public static int stageProbability(Picklist stages, DealStage stage) {
        return stages.value(stage.name()).map(PicklistValue::probability)
                .or(() -> Picklists.defaults(PicklistName.DEAL_STAGE).value(stage.name()).map(PicklistValue::probability))
                .orElse(0);
    }

    /** The names of the deals that moved, by id. */
    public Map<UUID, String> dealNames(List<ForecastMoves.Move> moves) {
        return moves.isEmpty() ? Map.of() : source.dealNames(moves.stream().map(ForecastMoves.Move::dealId).toList());
    }

    /** The period's adjustments (none for a custom range, or while no one has adjusted it). */
    public ForecastAdjustments adjustments(ForecastPeriod period) {
        return period.adjustmentKey().flatMap(key -> settings.content(ForecastAdjustments.settingName(key))).map(c -> {
            try {
                return TeamSettingJson.readAdjustments(c);
            } catch (IllegalArgumentException unreadable) {
                return ForecastAdjustments.NONE; // an old client's copy the server would refuse: shown as none
            }
        }).orElse(ForecastAdjustments.NONE);
    }

    /** Whether this workstation's user may adjust the forecast: an admin or a manager. */
    public boolean mayAdjust() {
        return settings.editable();
    }

    /**
     * Sets a rep's adjustment of a month or quarter (a zero amount with no note removes it) and returns the period's
     * adjustments; a rep's attempt, a custom range or a value out of bounds is refused, nothing stored.
     */
    public ForecastAdjustments adjust(ForecastPeriod period, UUID rep, BigDecimal amount, String note) {
        if (!mayAdjust()) {
            throw new IllegalStateException("Only an admin or a manager can adjust the forecast; ask your manager.");
        }
        String key = period.adjustmentKey().orElseThrow(() -> new IllegalArgumentException(
                "Adjustments are kept per month or quarter; choose one instead of " + period.key() + "."));
        ForecastAdjustments next = adjustments(period).with(rep, amount, note);
        List<String> problems = next.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("The adjustment cannot be kept: " + String.join(" ", problems));
        }
        settings.write(ForecastAdjustments.settingName(key), TeamSettingJson.writeAdjustments(next));
        return next;
    }

    private ForecastDeal deal(ForecastSource.Row r, Picklist stages) {
        LocalDate closedOn = r.closedAt() == null ? null : LocalDate.ofInstant(r.closedAt(), zone);
        return new ForecastDeal(r.id(), r.name(), r.ownerId(), r.teamId(), r.stage(), r.amount(), r.closeDate(), closedOn,
                r.category(), r.winProbability(), stageProbability(stages, r.stage()), r.currency());
    }

    private Predicate<ForecastSource.Row> scopeFilter(Scope scope) {
        Optional<User> me = me();
        if (scope == Scope.COMPANY || me.isEmpty()) {
            return r -> true;
        }
        User user = me.get();
        return scope == Scope.ME ? r -> user.getId().equals(r.ownerId())
                : r -> user.getTeamId() != null && user.getTeamId().equals(r.teamId());
    }

    private static boolean inScope(DealChange c, Scope scope, User me) {
        return scope == Scope.ME ? me.getId().equals(c.getOwnerId())
                : me.getTeamId() != null && me.getTeamId().equals(c.getTeamId());
    }

    private ForecastAdjustments inScope(ForecastAdjustments all, Scope scope, Map<UUID, UUID> teamOfRep) {
        Optional<User> me = me();
        if (scope == Scope.COMPANY || me.isEmpty()) {
            return all;
        }
        Map<UUID, ForecastAdjustments.Adjustment> kept = new LinkedHashMap<>(all.byRep());
        kept.keySet().removeIf(rep -> scope == Scope.ME ? !rep.equals(me.get().getId())
                : me.get().getTeamId() == null || !me.get().getTeamId().equals(teamOfRep.get(rep)));
        return new ForecastAdjustments(kept);
    }

    private Map<UUID, String> names(List<User> users) {
        Map<UUID, String> names = new LinkedHashMap<>();
        users.forEach(u -> names.put(u.getId(), u.getDisplayName()));
        directory.teams().forEach(t -> names.put(t.getId(), t.getName()));
        return names;
    }

    private Optional<User> me() {
        try {
            return Optional.of(directory.currentUser());
        } catch (IllegalStateException noUser) {
            return Optional.empty();
        }
    }
}
