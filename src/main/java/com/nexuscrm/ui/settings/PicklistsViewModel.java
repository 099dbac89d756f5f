package com.nexuscrm.ui.settings;

import com.nexuscrm.domain.Picklist;
import com.nexuscrm.domain.PicklistName;
import com.nexuscrm.domain.PicklistValue;
import com.nexuscrm.ui.common.TaskExecutor;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Settings → Picklists: the team's lists (lead source, industry, deal stage, activity outcome), one at a time.
 * Values are added, renamed, reordered, deactivated and given synonyms (and a stage its probability), then
 * saved for the team. On a rep's workstation everything is read-only and says who edits the lists.
 */
public final class PicklistsViewModel {
    private final PicklistSettings settings;
    private final TaskExecutor tasks;
    private final ObjectProperty<PicklistName> list = new SimpleObjectProperty<>(PicklistName.LEAD_SOURCE);
    private final ObservableList<PicklistRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private Picklist loaded;

    private record Loaded(Picklist list, boolean editable) { }

    public PicklistsViewModel(PicklistSettings settings, TaskExecutor tasks) {
        this.settings = settings;
        this.tasks = tasks;
        list.addListener((o, was, now) -> load());
    }

    public void load() {
        PicklistName name = list.get();
        busy.set(true);
        tasks.run("Loading " + name.label(), p -> new Loaded(settings.load(name), settings.editable()), l -> {
            busy.set(false);
            if (l.list().name() != list.get()) {
                return; // another list was chosen meanwhile; its own load shows it
            }
            loaded = l.list();
            editable.set(l.editable());
            rows.setAll(l.list().values().stream().map(PicklistRow::new).toList());
            error.set("");
            notice.set(l.editable() ? "" : "Your team's manager or an admin edits these lists; you see them read-only.");
        }, e -> {
            busy.set(false);
            error.set("The " + name.label() + " list could not be loaded: " + e.getMessage());
        });
    }

    /** Adds an active value at the end, keyed by its name as typed. */
    public void add(String label) {
        if (!editable.get() || label == null || label.isBlank()) {
            return;
        }
        if (list.get() == PicklistName.DEAL_STAGE) {
            error.set("Deal stages are fixed: rename them, reorder them, set their probability or add '" + label.strip()
                    + "' as a synonym of one of them.");
            return;
        }
        rows.add(new PicklistRow(PicklistValue.of(label.strip(), label.strip())));
        notice.set("");
    }

    public void move(int index, int by) {
        int target = index + by;
        if (!editable.get() || index < 0 || index >= rows.size() || target < 0 || target >= rows.size()) {
            return;
        }
        PicklistRow row = rows.remove(index);
        rows.add(target, row);
    }

    public void save() {
        if (!editable.get() || loaded == null) {
            return;
        }
        Picklist edited;
        try {
            List<PicklistValue> values = rows.stream().map(PicklistRow::toValue).toList();
            edited = loaded.withValues(values);
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return;
        }
        busy.set(true);
        tasks.run("Saving " + edited.name().label(), p -> {
            settings.save(edited);
            return edited;
        }, saved -> {
            busy.set(false);
            loaded = saved;
            error.set("");
            notice.set(saved.name().label() + " saved; it reaches your team at the next sync.");
        }, e -> {
            busy.set(false);
            error.set(e.getMessage());
        });
    }

    public List<PicklistName> lists() { return List.of(PicklistName.values()); }
    public boolean showsProbability() { return list.get() == PicklistName.DEAL_STAGE; }
    public ObjectProperty<PicklistName> listProperty() { return list; }
    public ObservableList<PicklistRow> rows() { return rows; }
    public ReadOnlyBooleanProperty editableProperty() { return editable.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyStringProperty noticeProperty() { return notice.getReadOnlyProperty(); }
}
