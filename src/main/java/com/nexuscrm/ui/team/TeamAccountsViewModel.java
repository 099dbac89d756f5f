package com.nexuscrm.ui.team;

import com.nexuscrm.domain.RecordRef;
import com.nexuscrm.domain.account.RetentionRisk;
import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.ui.common.LatestRequest;
import com.nexuscrm.ui.common.RecordNavigator;
import com.nexuscrm.ui.common.TaskExecutor;
import com.nexuscrm.usecase.TeamAccountsOverview.Overview;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Team screen's accounts: every account by health and churn risk, worst first, with what changed this week,
 * filtered by owner and risk band. Loads in the background (the newest load wins); says how old the comparison is,
 * and honestly when there is no snapshot from a week ago yet. Opening a line shows the account's 360 view.
 */
public final class TeamAccountsViewModel {
    public static final String ALL_OWNERS = "All owners";
    public static final String ALL_BANDS = "All risk bands";

    private final TeamAccountsSource source;
    private final RecordNavigator navigator;
    private final Formats formats;
    private final TaskExecutor tasks;
    private final LatestRequest latest = new LatestRequest();
    private final ObservableList<TeamAccountRow> all = FXCollections.observableArrayList();
    private final FilteredList<TeamAccountRow> rows = new FilteredList<>(all);
    private final ObservableList<String> owners = FXCollections.observableArrayList(ALL_OWNERS);
    private final ObservableList<String> bands = FXCollections.observableArrayList(ALL_BANDS, RetentionRisk.HIGH,
            RetentionRisk.MEDIUM, RetentionRisk.LOW, TeamAccountRow.NO_SCORE);
    private final ObjectProperty<String> owner = new SimpleObjectProperty<>(ALL_OWNERS);
    private final ObjectProperty<String> band = new SimpleObjectProperty<>(ALL_BANDS);
    private final ObjectProperty<TeamAccountRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper comparison = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);

    public TeamAccountsViewModel(TeamAccountsSource source, RecordNavigator navigator, Formats formats, TaskExecutor tasks) {
        this.source = source;
        this.navigator = navigator;
        this.formats = formats;
        this.tasks = tasks;
        owner.addListener((o, was, now) -> filter());
        band.addListener((o, was, now) -> filter());
        selected.addListener((o, was, now) -> detail.set(now == null ? "" : now.account() + ":\n" + now.detail()));
    }

    /** Assesses every account again in the background (and takes today's snapshots). */
    public void load() {
        loading.set(true);
        summary.set("Assessing the team's accounts…");
        tasks.run(latest, "Assessing the team's accounts", source::overview, this::show, e -> {
            loading.set(false);
            all.clear();
            summary.set("");
            comparison.set("");
            emptyMessage.set("Could not assess the accounts: " + e.getMessage());
        });
    }

    private void show(Overview overview) {
        loading.set(false);
        List<TeamAccountRow> lines = overview.lines().stream().map(l -> TeamAccountRow.of(l, formats))
                .sorted(Comparator.comparing(TeamAccountRow::churn).thenComparing(TeamAccountRow::health)).toList();
        String keepOwner = owner.get();
        owners.setAll(ALL_OWNERS);
        owners.addAll(lines.stream().map(TeamAccountRow::owner).distinct().sorted().toList());
        owner.set(owners.contains(keepOwner) ? keepOwner : ALL_OWNERS);
        all.setAll(lines);
        filter();
        comparison.set(comparison(overview));
        emptyMessage.set(lines.isEmpty() ? "No accounts in this workspace yet. Accounts show here once they are created or imported." : "");
    }

    private void filter() {
        String o = owner.get();
        String b = band.get();
        rows.setPredicate(r -> (o == null || ALL_OWNERS.equals(o) || o.equals(r.owner()))
                && (b == null || ALL_BANDS.equals(b) || b.equals(r.band())));
        long atRisk = rows.stream().filter(r -> r.health().rank() < 40).count();
        long high = rows.stream().filter(r -> RetentionRisk.HIGH.equals(r.band())).count();
        long changed = rows.stream().filter(r -> r.changes().rank() < 0).count();
        summary.set(all.isEmpty() ? "" : formats.count(rows.size()) + (rows.size() == all.size() ? " accounts" : " of "
                + formats.count(all.size()) + " accounts") + " · " + formats.count(atRisk) + " at risk (health below 40) · "
                + formats.count(high) + " high churn risk · " + formats.count(changed) + " changed this week"
                + (all.stream().allMatch(r -> TeamAccountRow.NO_SCORE.equals(r.band()))
                ? " · no churn scores yet (nexus train churn trains a model and scores every account)" : ""));
    }

    /** Which snapshot the changes compare with, in words. */
    String comparison(Overview o) {
        String events = "New high and urgent tickets and closed deals: since " + formats.day(o.eventsSince()) + ".";
        int total = o.lines().size();
        if (o.weekOld() == 0) {
            return "No snapshot from a week ago yet; changes since " + formats.day(o.firstSnapshot())
                    + (o.firstSnapshot().equals(o.today()) ? " (the first snapshot, taken today: health and churn changes show from "
                    + formats.day(o.today().plusDays(1)) + ")" : " (the oldest snapshot)") + ". " + events;
        }
        String against = "Health and churn changes since the snapshot of " + formats.day(o.usualBaseline());
        int young = total - o.weekOld();
        return (young == 0 ? against + ". " : against + " (" + formats.count(young) + (young == 1 ? " account has" : " accounts have")
                + " no snapshot from a week ago yet; theirs are since " + formats.day(o.firstSnapshot()) + "). ") + events;
    }

    /** Shows the account's 360 view. */
    public void open(TeamAccountRow row) {
        if (row != null) {
            navigator.open(RecordRef.account(row.accountId()));
        }
    }

    public ObservableList<TeamAccountRow> rows() { return rows; }
    public ObservableList<String> owners() { return owners; }
    public ObservableList<String> bands() { return bands; }
    public ObjectProperty<String> ownerProperty() { return owner; }
    public ObjectProperty<String> bandProperty() { return band; }
    public ObjectProperty<TeamAccountRow> selectedProperty() { return selected; }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    /** Which snapshot "changed this week" compares with, and since when the week's events are listed. */
    public ReadOnlyStringProperty comparisonProperty() { return comparison.getReadOnlyProperty(); }
    /** The selected account's changes with their evidence. */
    public ReadOnlyStringProperty detailProperty() { return detail.getReadOnlyProperty(); }
    /** Empty while there are accounts; otherwise why there are none. */
    public ReadOnlyStringProperty emptyMessageProperty() { return emptyMessage.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }

}
