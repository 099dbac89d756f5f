package com.nexuscrm.ui.merge;

import com.nexuscrm.domain.RecordRef;
import com.nexuscrm.ui.common.TaskExecutor;
import com.nexuscrm.usecase.MergeRecords;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The merge dialog for two records of one kind (leads, contacts or accounts): which record survives, and for each
 * field whose values differ, which side's value it keeps. Every pick starts on the surviving side.
 */
public final class MergeViewModel {
    /** The two records as shown: the first and the second column. */
    public enum Side { FIRST, SECOND }

    /** One differing field and the side whose value the survivor keeps. */
    public static final class Row {
        private final String field;
        private final String label;
        private final String first;
        private final String second;
        private final ObjectProperty<Side> pick = new SimpleObjectProperty<>(Side.FIRST);

        Row(String field, String label, String first, String second) {
            this.field = field;
            this.label = label;
            this.first = first;
            this.second = second;
        }

        public String field() { return field; }
        public String label() { return label; }
        public String value(Side side) { return side == Side.FIRST ? first : second; }
        public ObjectProperty<Side> pickProperty() { return pick; }
    }

    private final MergeRecords merge;
    private final TaskExecutor tasks;
    private final RecordRef first;
    private final RecordRef second;
    private final Consumer<MergeRecords.Merged> onMerged;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Side> survivor = new SimpleObjectProperty<>(Side.FIRST);
    private final ReadOnlyStringWrapper firstTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper secondTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper();

    public MergeViewModel(MergeRecords merge, TaskExecutor tasks, RecordRef first, RecordRef second,
                          Consumer<MergeRecords.Merged> onMerged) {
        this.merge = merge;
        this.tasks = tasks;
        this.first = first;
        this.second = second;
        this.onMerged = onMerged;
        survivor.addListener((o, was, now) -> rows.forEach(r -> r.pickProperty().set(now)));
    }

    public void load() {
        busy.set(true);
        tasks.run("Comparing the two records", p -> merge.compare(first, second), c -> {
            firstTitle.set(c.survivorTitle());
            secondTitle.set(c.otherTitle());
            rows.setAll(c.differences().stream().map(d -> new Row(d.field(), d.label(), d.survivorValue(), d.otherValue())).toList());
            note.set(c.differences().isEmpty() ? "The two records hold the same values; merging keeps one of them."
                    : "Choose the value to keep for each field that differs. Activities and links of the other record move"
                    + " to the one that stays; the other is deleted and points to it.");
            busy.set(false);
        }, this::failed);
    }

    /** Merges in the background as picked; closes on success, says why on failure. */
    public void merge() {
        Side keep = survivor.get();
        Map<String, MergeRecords.Pick> picks = new HashMap<>();
        rows.forEach(r -> picks.put(r.field(), r.pickProperty().get() == keep ? MergeRecords.Pick.SURVIVOR : MergeRecords.Pick.OTHER));
        MergeRecords.Plan plan = keep == Side.FIRST ? new MergeRecords.Plan(first, second, picks)
                : new MergeRecords.Plan(second, first, picks);
        busy.set(true);
        problem.set("");
        tasks.run("Merging", p -> merge.merge(plan), merged -> {
            busy.set(false);
            done.set(true);
            onMerged.accept(merged);
        }, this::failed);
    }

    private void failed(Throwable e) {
        busy.set(false);
        problem.set(e.getMessage());
    }

    public String kindLabel() { return first.kind().label().toLowerCase(); }
    public ObservableList<Row> rows() { return rows; }
    public ObjectProperty<Side> survivorProperty() { return survivor; }
    public ReadOnlyStringProperty firstTitleProperty() { return firstTitle.getReadOnlyProperty(); }
    public ReadOnlyStringProperty secondTitleProperty() { return secondTitle.getReadOnlyProperty(); }
    public ReadOnlyStringProperty noteProperty() { return note.getReadOnlyProperty(); }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty doneProperty() { return done.getReadOnlyProperty(); }
}
