package com.nexuscrm.ui.activity;

import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.FieldError;
import com.nexuscrm.domain.RecordRef;
import com.nexuscrm.domain.TaskPriority;
import com.nexuscrm.domain.User;
import com.nexuscrm.domain.ValidationException;
import com.nexuscrm.ui.common.DialogService;
import com.nexuscrm.ui.common.TaskExecutor;
import com.nexuscrm.usecase.LogActivity;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import com.nexuscrm.domain.Picklist;
import com.nexuscrm.domain.PicklistName;
import com.nexuscrm.domain.PicklistValue;
import com.nexuscrm.domain.Picklists;
import java.util.List;
import java.util.function.Supplier;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The small "Log activity" form: type, subject, when (now; a task: its due date, tomorrow 09:00), outcome and
 * notes for calls and meetings, priority and reminder for tasks. Saving goes through {@link LogActivity}; a
 * rule the domain refuses comes back as a message beside its field, and nothing is saved.
 */
public final class LogActivityViewModel {
    /** The built-in call and meeting outcomes (the team's list replaces them, see {@link #useOutcomes}). */
    public static final List<String> OUTCOMES = List.of("Connected", "Left voicemail", "No answer", "Meeting booked",
            "Not interested", "Wrong number", "Replied", "No show");
    /** Domain field names to the form's fields. */
    private static final Map<String, String> FORM_FIELD = Map.of("occurredAt", "when", "dueAt", "when",
            "body", "notes", "reminderAt", "reminder", "type", "type", "subject", "subject", "outcome", "outcome",
            "priority", "priority");
    private static final LocalTime TASK_DUE = LocalTime.of(9, 0);

    private final LogActivity logging;
    private final User me;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Clock clock;
    private final ZoneId zone;
    private final DateTimeFormatter localTime;
    private final Consumer<Activity> logged;
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<ActivityType> type = new SimpleObjectProperty<>(ActivityType.CALL);
    private final StringProperty subject = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty time = new SimpleStringProperty("");
    private final StringProperty outcome = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObjectProperty<TaskPriority> priority = new SimpleObjectProperty<>(TaskPriority.NORMAL);
    private final ObjectProperty<ReminderChoice> reminder = new SimpleObjectProperty<>(ReminderChoice.NONE);
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final ObservableList<String> outcomes = FXCollections.observableArrayList(OUTCOMES);
    private final BooleanBinding task = Bindings.createBooleanBinding(() -> type.get() == ActivityType.TASK, type);
    private final BooleanBinding withOutcome = Bindings.createBooleanBinding(
            () -> type.get() == ActivityType.CALL || type.get() == ActivityType.MEETING, type);
    private RecordRef on;
    private Supplier<Picklist> teamOutcomes = () -> Picklists.defaults(PicklistName.ACTIVITY_OUTCOME);

    /** {@code logged} gets each saved activity (on the FX thread), so the timeline shows it at once. */
    public LogActivityViewModel(LogActivity logging, User me, TaskExecutor tasks, DialogService dialogs, Clock clock,
                                ZoneId zone, Locale locale, Consumer<Activity> logged) {
        this.logging = logging;
        this.me = me;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.clock = clock;
        this.zone = zone;
        this.localTime = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        this.logged = logged;
        type.addListener((o, was, now) -> {
            if ((was == ActivityType.TASK) != (now == ActivityType.TASK)) {
                defaultWhen();
            }
        });
    }

    /**
     * Where the team's activity outcomes come from (Settings → Picklists): a value the app has already read, so
     * opening the form never reads the store; each opening offers the list as it is then.
     */
    public void useOutcomes(Supplier<Picklist> outcomes) {
        this.teamOutcomes = outcomes;
    }

    /** Opens an empty form for logging on {@code record}: a call, now. */
    public void start(RecordRef record) {
        on = record;
        List<String> offered = teamOutcomes.get().active().stream().map(PicklistValue::label).toList();
        if (!offered.equals(outcomes)) {
            outcomes.setAll(offered);
        }
        type.set(ActivityType.CALL);
        subject.set("");
        outcome.set("");
        notes.set("");
        priority.set(TaskPriority.NORMAL);
        reminder.set(ReminderChoice.NONE);
        defaultWhen();
        errors.clear();
        open.set(true);
    }

    /** Closes the form; nothing is saved. */
    public void cancel() {
        open.set(false);
        errors.clear();
    }

    private void defaultWhen() {
        ZonedDateTime now = clock.instant().atZone(zone);
        if (type.get() == ActivityType.TASK) {
            date.set(now.toLocalDate().plusDays(1));
            time.set(localTime.format(TASK_DUE));
        } else {
            date.set(now.toLocalDate());
            time.set(localTime.format(now.toLocalTime().truncatedTo(ChronoUnit.MINUTES)));
        }
    }

    /** A typed outcome the team's list knows (by name, key or synonym, any case) is stored as its key; else as typed. */
    private String outcomeKey(String typed) {
        return typed == null || typed.isBlank() ? typed
                : teamOutcomes.get().match(typed).map(PicklistValue::key).orElse(typed);
    }

    /** Checks the form and logs the activity in the background; returns the errors found before saving. */
    public List<FieldError> save() {
        if (!open.get() || saving.get() || on == null) {
            return List.of();
        }
        errors.clear();
        Instant at = when();
        if (at == null) {
            return List.of(new FieldError("when", errors.get("when")));
        }
        boolean isTask = type.get() == ActivityType.TASK;
        boolean hasOutcome = withOutcome.get();
        LogActivity.Draft draft = new LogActivity.Draft(type.get(), subject.get(), notes.get(), on, at,
                isTask ? priority.get() : null, isTask ? reminder.get().reminderAt(at) : null,
                hasOutcome ? outcomeKey(outcome.get()) : null, null);
        saving.set(true);
        tasks.run("Logging " + type.get().name().toLowerCase(), p -> logging.log(draft, me), activity -> {
            saving.set(false);
            open.set(false);
            logged.accept(activity);
        }, this::failed);
        return List.of();
    }

    private void failed(Throwable e) {
        saving.set(false);
        if (e instanceof ValidationException invalid) {
            for (FieldError error : invalid.errors()) {
                String field = FORM_FIELD.getOrDefault(error.field(), "subject");
                errors.putIfAbsent(field, label(field) + " " + error.message());
            }
        } else {
            dialogs.showError("Cannot log the " + type.get().name().toLowerCase(), e.getMessage());
        }
    }

    private static String label(String field) {
        return switch (field) {
            case "when" -> "The date";
            case "notes" -> "The notes";
            case "reminder" -> "The reminder";
            default -> "The " + field;
        };
    }

    /** The date and time as entered, or null with an error beside "when". */
    private Instant when() {
        if (date.get() == null) {
            errors.put("when", "Enter a date, e.g. " + localDateExample());
            return null;
        }
        LocalTime at = parseTime(time.get());
        if (at == null && (time.get() == null || time.get().isBlank())) {
            errors.put("when", "Enter a time of day, e.g. " + localTime.format(LocalTime.of(14, 30)));
            return null;
        }
        if (at == null) {
            errors.put("when", "'" + time.get().strip() + "' is not a time of day; enter it as "
                    + localTime.format(LocalTime.of(14, 30)));
            return null;
        }
        return date.get().atTime(at).atZone(zone).toInstant();
    }

    private String localDateExample() {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(localTime.getLocale())
                .format(clock.instant().atZone(zone).toLocalDate());
    }

    private LocalTime parseTime(String text) {
        String t = text == null ? "" : text.strip();
        for (DateTimeFormatter f : List.of(DateTimeFormatter.ofPattern("H:mm"), DateTimeFormatter.ofPattern("H.mm"), localTime)) {
            try {
                return LocalTime.parse(t.toUpperCase(Locale.ROOT), f);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }

    public ReadOnlyBooleanProperty openProperty() { return open.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty savingProperty() { return saving.getReadOnlyProperty(); }
    public ObjectProperty<ActivityType> typeProperty() { return type; }
    public StringProperty subjectProperty() { return subject; }
    public ObjectProperty<LocalDate> dateProperty() { return date; }
    public StringProperty timeProperty() { return time; }
    public StringProperty outcomeProperty() { return outcome; }
    public StringProperty notesProperty() { return notes; }
    public ObjectProperty<TaskPriority> priorityProperty() { return priority; }
    public ObjectProperty<ReminderChoice> reminderProperty() { return reminder; }
    /** Form field ("type", "subject", "when", "outcome", "notes", "priority", "reminder") to its message. */
    public ObservableMap<String, String> errors() { return errors; }
    /** Suggested outcomes for the outcome field: the team's active outcomes (any other text is taken as it is). */
    public ObservableList<String> outcomes() { return outcomes; }
    /** True for a task: the form shows priority and reminder, and "when" is the due date. */
    public BooleanBinding taskProperty() { return task; }
    /** True for calls and meetings: the form shows the outcome. */
    public BooleanBinding withOutcomeProperty() { return withOutcome; }
}
