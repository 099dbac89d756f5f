package com.nexuscrm.ui.today;

import com.nexuscrm.domain.LeadCounts;
import com.nexuscrm.domain.LeadRepository;
import com.nexuscrm.domain.LeadRow;
import com.nexuscrm.domain.User;
import com.nexuscrm.ui.common.TaskExecutor;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The rep's morning view: what is waiting in the inbox. */
public final class TodayViewModel {
    private final LeadRepository leads;
    private final TaskExecutor tasks;
    private final User me;
    private final ReadOnlyObjectWrapper<LeadCounts> counts = new ReadOnlyObjectWrapper<>();
    private final ObservableList<LeadRow> newest = FXCollections.observableArrayList();

    public TodayViewModel(LeadRepository leads, User me, TaskExecutor tasks) {
        this.leads = leads;
        this.me = me;
        this.tasks = tasks;
    }

    public void refresh() {
        record Snapshot(LeadCounts counts, List<LeadRow> newest) { }
        tasks.run("Counting leads", p -> new Snapshot(leads.counts(me.getId()), leads.newestUnworked(me.getId(), 12)),
                s -> {
                    counts.set(s.counts());
                    newest.setAll(s.newest());
                }, e -> counts.set(null));
    }

    public String greeting() {
        String first = me.getDisplayName().split(" ")[0];
        return "Good day, " + first;
    }

    public ReadOnlyObjectProperty<LeadCounts> countsProperty() { return counts.getReadOnlyProperty(); }
    public ObservableList<LeadRow> newest() { return newest; }
}
