package com.nexuscrm.ui.forecast;

import com.nexuscrm.domain.deal.ForecastCurve;
import com.nexuscrm.domain.deal.ForecastFigures;
import com.nexuscrm.domain.deal.ForecastMoves;
import com.nexuscrm.domain.deal.ForecastPeriod;
import com.nexuscrm.domain.deal.PipelineForecast;
import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.ui.common.LatestRequest;
import com.nexuscrm.ui.common.TaskExecutor;
import com.nexuscrm.usecase.ForecastDeals;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Forecast screen: for the chosen period and scope, the figures as tiles, each rep's line (the adjustment
 * editable by a manager), the weekly curve of won against expected, and what moved since the period began. Reads
 * in the background; a newer choice or edit wins over a read still running.
 */
public final class ForecastViewModel implements com.nexuscrm.ui.common.Activatable {
    private record Loaded(ForecastDeals.Forecast forecast, ForecastDeals.Moved moved, Map<UUID, String> dealNames,
                          Instant since, String currency) {
        List<ForecastMoves.Move> moves() { return moved.moves(); }
    }

    private final ForecastDeals forecasts;
    private final Supplier<String> currency;
    private final Clock clock;
    private final Formats formats;
    private final TaskExecutor tasks;
    private final LatestRequest latest = new LatestRequest();
    private final ObjectProperty<ForecastPeriodChoice> choice = new SimpleObjectProperty<>(ForecastPeriodChoice.THIS_QUARTER);
    private final ObjectProperty<ForecastDeals.Scope> scope = new SimpleObjectProperty<>(ForecastDeals.Scope.COMPANY);
    private final ObjectProperty<LocalDate> customFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> customTo = new SimpleObjectProperty<>();
    private final ObservableList<ForecastTile> tiles = FXCollections.observableArrayList();
    private final ObservableList<ForecastRepRow> reps = FXCollections.observableArrayList();
    private final ObservableList<ForecastWeek> weeks = FXCollections.observableArrayList();
    private final ObservableList<String> moves = FXCollections.observableArrayList();
    private final ObservableList<ForecastMoveBar> moveBars = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper leftOut = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper adjustable = new ReadOnlyBooleanWrapper(false);
    private ForecastPeriod shown;
    private final javafx.beans.value.ObservableValue<Instant> lastSynced;
    /** A sync brought others' changes (or sent ours): read again while shown. */
    private final javafx.beans.value.ChangeListener<Instant> synced = (o, was, now) -> load();

    public ForecastViewModel(ForecastDeals forecasts, Supplier<String> currency, javafx.beans.value.ObservableValue<Instant> lastSynced,
                             Clock clock, Formats formats, TaskExecutor tasks) {
        this.forecasts = forecasts;
        this.lastSynced = lastSynced;
        this.currency = currency;
        this.clock = clock;
        this.formats = formats;
        this.tasks = tasks;
        LocalDate today = today();
        customFrom.set(today.withDayOfMonth(1));
        customTo.set(today.withDayOfMonth(1).plusMonths(2).minusDays(1));
        choice.addListener((o, was, now) -> load());
        scope.addListener((o, was, now) -> load());
        customFrom.addListener((o, was, now) -> loadIfCustom());
        customTo.addListener((o, was, now) -> loadIfCustom());
    }

    @Override
    public void activate() {
        lastSynced.addListener(synced);
        load();
    }

    @Override
    public void deactivate() {
        lastSynced.removeListener(synced);
    }

    /** Reads the chosen period's forecast again (on show, after an edit, after a sync). */
    public void load() {
        ForecastPeriod period;
        try {
            period = choice.get().period(today(), customFrom.get(), customTo.get());
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return;
        }
        ForecastDeals.Scope s = scope.get();
        summary.set("Reading the forecast for " + describe(period) + "…");
        tasks.run(latest, "Reading the forecast", p -> read(period, s), this::show, e -> problem.set(
                "Could not read the forecast: " + e.getMessage()));
    }

    /**
     * Sets a rep's adjustment of the shown period from what the manager typed ("-1,500" in the user's format; empty
     * is none), then reads the forecast again; a value that is not an amount is refused with a message.
     */
    public void adjust(UUID rep, String amountText, String note) {
        ForecastPeriod period = shown;
        BigDecimal amount;
        try {
            amount = parseAmount(amountText);
        } catch (ParseException e) {
            problem.set("'" + amountText.strip() + "' is not an amount: type a number such as -1500 or 2500.");
            return;
        }
        ForecastDeals.Scope s = scope.get();
        tasks.run(latest, "Saving the adjustment", p -> {
            forecasts.adjust(period, rep, amount, note);
            return read(period, s);
        }, this::show, e -> problem.set(e.getMessage()));
    }

    private Loaded read(ForecastPeriod period, ForecastDeals.Scope s) {
        Instant now = clock.instant();
        Instant start = period.from().atStartOfDay(formats.zone()).toInstant();
        Instant since = start.isBefore(now) ? start : now.minus(java.time.Duration.ofDays(30));
        ForecastDeals.Forecast f = forecasts.forecast(period, PipelineForecast.By.REP, s);
        ForecastDeals.Moved moved = forecasts.moved(period, since, now, s);
        List<ForecastMoves.Move> named = new ArrayList<>(moved.moves());
        named.addAll(moved.unconverted());
        String cur = f.result().currency() != null ? f.result().currency() : currency.get();
        return new Loaded(f, moved, forecasts.dealNames(named), since, cur);
    }

    private void show(Loaded loaded) {
        ForecastDeals.Forecast f = loaded.forecast();
        shown = f.result().period();
        String cur = loaded.currency();
        tiles.setAll(ForecastTiles.of(f.result().total(), cur, formats));
        reps.setAll(f.result().groups().stream().map(g -> repRow(g, f.names(), cur)).toList());
        weeks.setAll(f.weeks().stream().map(this::week).toList());
        moves.setAll(loaded.moves().stream().map(m -> moveLine(m, loaded.dealNames(), cur)).toList());
        if (moves.isEmpty()) {
            moves.add("Nothing moved since " + formats.day(loaded.since().atZone(formats.zone())) + ".");
        }
        moveBars.setAll(ForecastMoves.byKind(loaded.moves()).stream().map(k -> new ForecastMoveBar(k.kind().label(),
                k.count(), k.amount().doubleValue(), k.kind().label() + ": " + k.count() + " deals, "
                + formats.money(cur, k.amount()))).toList());
        leftOut.set(ForecastLeftOut.describe(f.result(), loaded.moved(), loaded.dealNames(), cur, formats));
        adjustable.set(f.adjustable());
        ForecastFigures t = f.result().total();
        long scored = f.result().open().stream().filter(d -> d.source() == com.nexuscrm.domain.deal.ForecastDeal.Source.MODEL).count();
        summary.set(describe(shown) + ": " + t.openDeals() + " open deals (" + scored + " weighted by the model, the rest by"
                + " their stage), " + t.wonDeals() + " won; amounts in " + cur + "." + (f.adjustable() ? "" : shown.adjustmentKey().isEmpty()
                ? " Adjustments are kept per month or quarter." : " Only a manager can adjust."));
        problem.set("");
    }

    private ForecastRepRow repRow(PipelineForecast.Group g, Map<UUID, String> names, String cur) {
        ForecastFigures x = g.figures();
        String name = g.key() == null ? "No owner" : names.getOrDefault(g.key(), "Unknown rep");
        return new ForecastRepRow(g.key(), name, formats.money(cur, x.closedWon()), formats.money(cur, x.commit()),
                formats.money(cur, x.bestCase()), formats.money(cur, x.openPipeline()), formats.money(cur, x.weighted()),
                x.adjustment().signum() == 0 ? "" : formats.number(x.adjustment(), 0), "",
                formats.money(cur, x.adjustedTotal()));
    }

    private ForecastWeek week(ForecastCurve.Point p) {
        return new ForecastWeek(formats.day(p.weekEnd()), p.wonToDate() == null ? null : p.wonToDate().doubleValue(),
                p.expected().doubleValue());
    }

    private String moveLine(ForecastMoves.Move m, Map<UUID, String> names, String cur) {
        String dates = m.closeBefore() == null || m.closeBefore().equals(m.closeAfter()) ? ""
                : " (close " + formats.day(m.closeBefore()) + " → " + formats.day(m.closeAfter()) + ")";
        return m.kind().label() + "  " + formats.money(cur, m.amount()) + "  " + names.getOrDefault(m.dealId(), dealName(m)) + dates;
    }

    private static String dealName(ForecastMoves.Move m) {
        return "deal " + m.dealId().toString().substring(0, 8);
    }

    private BigDecimal parseAmount(String text) throws ParseException {
        if (text == null || text.isBlank()) {
            return BigDecimal.ZERO;
        }
        java.text.DecimalFormat f = (java.text.DecimalFormat) NumberFormat.getNumberInstance(formats.locale());
        f.setParseBigDecimal(true);
        java.text.ParsePosition at = new java.text.ParsePosition(0);
        String t = text.strip();
        Number n = f.parse(t, at);
        if (n == null || at.getIndex() != t.length()) {
            throw new ParseException(t, at.getErrorIndex());
        }
        return ((BigDecimal) n).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private void loadIfCustom() {
        if (choice.get() == ForecastPeriodChoice.CUSTOM) {
            load();
        }
    }

    private String describe(ForecastPeriod p) {
        return p.key() + " (" + formats.day(p.from()) + " – " + formats.day(p.to()) + ")";
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), formats.zone());
    }

    public ObjectProperty<ForecastPeriodChoice> choiceProperty() { return choice; }
    public ObjectProperty<ForecastDeals.Scope> scopeProperty() { return scope; }
    public ObjectProperty<LocalDate> customFromProperty() { return customFrom; }
    public ObjectProperty<LocalDate> customToProperty() { return customTo; }
    public ObservableList<ForecastTile> tiles() { return tiles; }
    public ObservableList<ForecastRepRow> reps() { return reps; }
    public ObservableList<ForecastWeek> weeks() { return weeks; }
    public ObservableList<String> moves() { return moves; }
    /** One bar per kind of move, in the kinds' order, zero where nothing moved that way. */
    public ObservableList<ForecastMoveBar> moveBars() { return moveBars; }
    /** Empty when every deal could be counted; else which deals were left out for want of an exchange rate. */
    public ReadOnlyStringProperty leftOutProperty() { return leftOut.getReadOnlyProperty(); }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    /** Empty unless the last read or edit failed; then why, in words. */
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty adjustableProperty() { return adjustable.getReadOnlyProperty(); }
}
