package com.nexuscrm.ui.settings;

import com.nexuscrm.domain.FieldError;
import com.nexuscrm.domain.routing.SlaPolicy;
import com.nexuscrm.ui.common.TaskExecutor;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Settings → SLA policy: the team's working days, default working hours, holidays, when a lead counts as about to
 * breach, and whether and when a breach goes to the manager. Save checks every field and names each problem;
 * nothing is saved until all pass. On a rep's workstation everything is read-only, and a line says why.
 */
public final class SlaPolicyViewModel {
    private final SlaSettings settings;
    private final TaskExecutor tasks;
    private final Map<DayOfWeek, BooleanProperty> workdays = new EnumMap<>(DayOfWeek.class);
    private final StringProperty startHour = new SimpleStringProperty("");
    private final StringProperty endHour = new SimpleStringProperty("");
    private final StringProperty warningPercent = new SimpleStringProperty("");
    private final BooleanProperty escalate = new SimpleBooleanProperty(true);
    private final StringProperty escalateAfter = new SimpleStringProperty("");
    private final ObservableList<LocalDate> holidays = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> newHoliday = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");

    private record Loaded(SlaPolicy policy, boolean editable) { }

    public SlaPolicyViewModel(SlaSettings settings, TaskExecutor tasks) {
        this.settings = settings;
        this.tasks = tasks;
        for (DayOfWeek day : DayOfWeek.values()) {
            workdays.put(day, new SimpleBooleanProperty(false));
        }
    }

    public void load() {
        busy.set(true);
        tasks.run("Loading the SLA policy", p -> new Loaded(settings.load(), settings.editable()), loaded -> {
            show(loaded.policy());
            editable.set(loaded.editable());
            notice.set(loaded.editable() ? "" : "Your team's manager or an admin sets the SLA policy; you see it read-only.");
            busy.set(false);
        }, e -> {
            busy.set(false);
            error.set("Cannot read the SLA policy: " + e.getMessage());
        });
    }

    private void show(SlaPolicy policy) {
        workdays.forEach((day, on) -> on.set(policy.workdays().contains(day)));
        startHour.set(Integer.toString(policy.startHour()));
        endHour.set(Integer.toString(policy.endHour()));
        holidays.setAll(policy.holidays());
        warningPercent.set(Integer.toString(policy.warningPercent()));
        escalate.set(policy.escalate());
        escalateAfter.set(Integer.toString(policy.escalateAfterMinutes()));
    }

    /** Adds the date in {@link #newHolidayProperty()} to the holidays (kept in date order, once). */
    public void addHoliday() {
        LocalDate day = newHoliday.get();
        if (!editable.get() || day == null) {
            return;
        }
        TreeSet<LocalDate> all = new TreeSet<>(holidays);
        all.add(day);
        holidays.setAll(all);
        newHoliday.set(null);
    }

    public void removeHoliday(LocalDate day) {
        if (editable.get()) {
            holidays.remove(day);
        }
    }

    /** The defaults (Monday to Friday, 09-17, no holidays, warn at 20% left, escalate at the breach), not yet saved. */
    public void resetToDefaults() {
        if (editable.get()) {
            error.set("");
            show(SlaPolicy.DEFAULT);
            notice.set("The defaults are shown; Save to make them the team's.");
        }
    }

    /** Validates and saves in the background; returns the problems found (empty: saving). */
    public List<FieldError> save() {
        List<FieldError> problems = new ArrayList<>();
        if (!editable.get()) {
            return problems;
        }
        Integer start = RuleRow.whole("Working hours, from", startHour.get(), "an hour from 0 to 23", problems);
        Integer end = RuleRow.whole("Working hours, to", endHour.get(), "an hour from 1 to 24", problems);
        Integer warning = RuleRow.whole("Warn when left", warningPercent.get(), "a share from 1 to 90 percent", problems);
        Integer after = RuleRow.whole("Escalate after", escalateAfter.get(), "minutes after the due time (0: at once)", problems);
        if (problems.isEmpty()) {
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            workdays.forEach((day, on) -> {
                if (on.get()) {
                    days.add(day);
                }
            });
            SlaPolicy policy = new SlaPolicy(days, start, end, new TreeSet<>(holidays), warning, escalate.get(), after);
            problems.addAll(policy.problems());
            if (problems.isEmpty()) {
                store(policy);
            }
        }
        error.set(problems.stream().map(FieldError::toString).collect(Collectors.joining("\n")));
        if (!problems.isEmpty()) {
            notice.set("");
        }
        return problems;
    }

    private void store(SlaPolicy policy) {
        busy.set(true);
        notice.set("");
        tasks.run("Saving the SLA policy", p -> {
            settings.save(policy);
            return null;
        }, ok -> {
            busy.set(false);
            notice.set("Saved. SLA clocks follow it now, and your team's workstations at their next sync.");
        }, e -> {
            busy.set(false);
            error.set("The SLA policy was not saved: " + e.getMessage());
        });
    }

    public BooleanProperty workdayProperty(DayOfWeek day) { return workdays.get(day); }
    public StringProperty startHourProperty() { return startHour; }
    public StringProperty endHourProperty() { return endHour; }
    public StringProperty warningPercentProperty() { return warningPercent; }
    public BooleanProperty escalateProperty() { return escalate; }
    public StringProperty escalateAfterProperty() { return escalateAfter; }
    public ObservableList<LocalDate> holidays() { return holidays; }
    public ObjectProperty<LocalDate> newHolidayProperty() { return newHoliday; }
    public ReadOnlyBooleanProperty editableProperty() { return editable.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    /** Every problem of the last save, one per line, each naming its field. */
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyStringProperty noticeProperty() { return notice.getReadOnlyProperty(); }
}
