package com.nexuscrm.ui.deals;

import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealScore;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.PicklistName;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.User;
import com.nexuscrm.ui.common.Activatable;
import com.nexuscrm.ui.common.DialogService;
import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.ui.common.LatestRequest;
import com.nexuscrm.ui.common.TaskExecutor;
import com.nexuscrm.usecase.TeamChoices;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;

/**
 * The Deals section: every deal as a board (a column per stage, with count, total and weighted total) and as a
 * list, under one set of filters. Moving a card shows it in its new column at once and saves in the background;
 * a failed save puts it back and says why. Dropping on a closed stage asks the reason first ({@link DealCloser}).
 */
public final class DealsViewModel implements Activatable {
    private final DealPipeline pipeline;
    private final Map<UUID, String> owners;
    private final UUID me;
    private final Supplier<TeamChoices> choices;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Clock clock;
    private final Formats formats;
    private final LatestRequest latestLoad = new LatestRequest();
    private final DealLines lines = new DealLines();
    private final ObjectProperty<DealFilter> filter = new SimpleObjectProperty<>(DealFilter.none());
    private java.util.function.Consumer<UUID> onMoved = id -> { };
    /** The deal a fresh read was started for, because the list did not hold it; not found again, it is gone. */
    private UUID readAgainFor;
    private final ObjectProperty<UUID> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<UUID> revealRequest = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private Map<UUID, String> accountNames = Map.of();
    private Map<UUID, DealScore> scores = Map.of();
    private List<PipelineStage> stages = List.of();
    private boolean shown;
    private UUID toSelect;

    public DealsViewModel(DealPipeline pipeline, List<User> users, UUID me, Supplier<TeamChoices> choices,
                          TaskExecutor tasks, DialogService dialogs, Clock clock, Formats formats) {
        this.pipeline = pipeline;
        this.owners = users.stream().collect(Collectors.toMap(User::getId, User::getDisplayName, (a, b) -> a));
        this.me = me;
        this.choices = choices;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.clock = clock;
        this.formats = formats;
        filter.addListener((o, was, now) -> refilter());
    }

    @Override
    public void activate() {
        shown = true;
        load();
    }

    @Override
    public void deactivate() {
        shown = false;
    }

    /** A sync round finished: what it brought in shows now when the section is on screen, else on its next show. */
    public void syncRoundFinished() {
        if (shown) {
            load();
        }
    }

    /** Reads every deal with its account and scores in the background; the selection is kept. */
    public void load() {
        loading.set(true);
        tasks.run(latestLoad, "Loading deals", p -> pipeline.load(), this::loaded, e -> {
            loading.set(false);
            if (!(e instanceof Progress.CancelledException)) {
                dialogs.showError("Cannot load deals", e.getMessage());
            }
        });
    }

    private void loaded(DealPipeline.Snapshot snapshot) {
        loading.set(false);
        accountNames = snapshot.accountNames();
        scores = snapshot.scores();
        stages = PipelineStage.of(choices.get().list(PicklistName.DEAL_STAGE));
        List<DealLine> all = new ArrayList<>(snapshot.deals().size());
        for (Deal d : snapshot.deals()) {
            all.add(lineOf(d, scores.get(d.getId())));
        }
        all.sort(DealLine.LIST_ORDER);
        lines.setAll(all, stages);
        refilter();
        if (toSelect != null) {
            select(toSelect);
        } else if (selected.get() != null && !lines.contains(selected.get())) {
            selected.set(null); // deleted on another workstation
        }
    }

    private DealLine lineOf(Deal d, DealScore score) {
        String owner = d.getOwnerId() == null ? "" : owners.getOrDefault(d.getOwnerId(), "");
        return DealLine.of(d, d.getAccountId() == null ? "" : accountNames.getOrDefault(d.getAccountId(), ""),
                label(d.getStage()), owner, score);
    }

    private String label(DealStage stage) {
        return stage == null ? "" : stages.stream().filter(s -> s.stage() == stage).map(PipelineStage::label)
                .findFirst().orElse(stage.label());
    }

    private void refilter() {
        lines.filter(filter.get().isNone() ? null : filter.get().predicate(me, today()), currency(), formats);
        updateSummary();
        if (selected.get() != null) {
            reveal(selected.get());
        }
    }

    /** Moves the deal to the stage: at once on screen, then saved; a closed stage asks why first. */
    public void moveTo(UUID dealId, DealStage target) {
        DealLine line = lines.get(dealId);
        if (line == null || target == null || target == line.stage()) {
            return;
        }
        if (target.isClosed()) {
            new DealCloser(dialogs).reason(line, target == DealStage.CLOSED_WON)
                    .ifPresent(why -> save(line, target, p -> pipeline.close(dealId, target == DealStage.CLOSED_WON, why)));
        } else {
            save(line, target, p -> pipeline.move(dealId, target));
        }
    }

    /** Ctrl+Right / Ctrl+Left: the deal moves one column along the board. */
    public void moveBy(UUID dealId, int step) {
        DealLine line = lines.get(dealId);
        int at = line == null ? -1 : lines.indexOfStage(line.stage());
        int to = at + step;
        if (at >= 0 && to >= 0 && to < lines.columns().size()) {
            moveTo(dealId, lines.columns().get(to).stage());
        }
    }

    private void save(DealLine before, DealStage target, TaskExecutor.Work<Deal> write) {
        DealLine moved = before.inStage(target, label(target));
        put(moved);
        tasks.run("Moving " + before.name(), write, saved -> {
            put(lineOf(saved, scores.get(saved.getId())));
            onMoved.accept(saved.getId());
        }, e -> {
            put(before);
            dialogs.showError("Cannot move the deal", "\"" + before.name() + "\" stays in " + before.stageLabel()
                    + ": " + e.getMessage());
        });
    }

    /** Shows the new state of one deal: its row and card change place, the selection stays on it. */
    private void put(DealLine now) {
        boolean wasSelected = now.id().equals(selected.get()); // a list losing the card may select its neighbour
        lines.put(now, currency(), formats);
        updateSummary();
        if (wasSelected) {
            selected.set(now.id());
            reveal(now.id());
        }
    }

    /** Called on the FX thread with the id of each deal whose move or close was saved (the detail pane reloads it). */
    public void setOnMoved(java.util.function.Consumer<UUID> onMoved) {
        this.onMoved = onMoved == null ? id -> { } : onMoved;
    }

    /** Opens the new-deal form's model; a saved deal shows selected after the reload. */
    public NewDealViewModel newDeal() {
        List<PipelineStage> open = stages.stream().filter(s -> !s.stage().isClosed()).toList();
        return new NewDealViewModel(pipeline, accountNames, open.isEmpty() ? PipelineStage.of(null) : open,
                currency(), today(), tasks, saved -> {
                    toSelect = saved.getId();
                    load();
                });
    }

    /** Shows one deal selected (opened from another screen), clearing filters that hide it; waits for a load. */
    public void select(UUID dealId) {
        DealLine line = lines.get(dealId);
        if (loading.get()) {
            toSelect = dealId;
            return;
        }
        toSelect = null;
        if (dealId != null && line == null && !dealId.equals(readAgainFor)) {
            readAgainFor = dealId; // made since the list was read (a sync, another screen): read the deals again
            toSelect = dealId;
            load();
            return;
        }
        readAgainFor = null;
        if (dealId != null && line == null) {
            dialogs.showError("Cannot open the deal", "The deal is not in this workspace any more (it may have been"
                    + " deleted on another workstation).");
            return;
        }
        if (line != null && !lines.shown(line)) {
            filter.set(DealFilter.none());
        }
        selected.set(dealId);
        reveal(dealId);
    }

    private void reveal(UUID dealId) {
        revealRequest.set(null);
        revealRequest.set(dealId);
    }

    private void updateSummary() {
        summary.set(lines.summary(formats));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), formats.zone());
    }

    /** The workspace currency: the board's totals are in it. */
    String currency() {
        return choices.get().currency();
    }

    /** Whether the card's close date is past (for the warning style). */
    public boolean overdue(DealLine line) {
        return line.overdue(today());
    }

    public String money(DealLine line) {
        return formats.money(line.currency() == null ? currency() : line.currency(), line.amount());
    }

    public Formats formats() { return formats; }
    public DealLine line(UUID dealId) { return lines.get(dealId); }
    public List<PipelineStage> stages() { return stages; }
    public ObservableList<StageColumn> columns() { return lines.columns(); }
    public ObservableList<DealLine> visibleDeals() { return lines.visible(); }
    public ObjectProperty<DealFilter> filterProperty() { return filter; }
    /** The deal selected on the board or in the list; the detail pane follows it. */
    public ObjectProperty<UUID> selectedProperty() { return selected; }
    /** A deal to scroll into view and focus (after a move or an open from another screen). */
    public ReadOnlyObjectProperty<UUID> revealRequestProperty() { return revealRequest.getReadOnlyProperty(); }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
}
