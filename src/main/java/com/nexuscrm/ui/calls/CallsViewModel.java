package com.nexuscrm.ui.calls;

import com.nexuscrm.ui.common.Activatable;
import com.nexuscrm.domain.call.CallClock;
import com.nexuscrm.conversation.CallJobs.JobEvent;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.call.CallRow;
import com.nexuscrm.domain.call.CallStatus;
import com.nexuscrm.ui.common.DialogService;
import com.nexuscrm.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The calls list: every recorded call with its job status, filtered in memory, updated in place by job events
 * while the screen is shown, and the actions on a call's job (attach, cancel, retry, share).
 */
public final class CallsViewModel implements Activatable {
    /** The rep filter's "any rep" entry. */
    public static final Choice ANY_REP = new Choice(null, "Any rep");

    private final CallQueue queue;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final UUID me;
    private final CallDetailViewModel detail;
    private final ObservableList<CallItem> items = FXCollections.observableArrayList();
    private final FilteredList<CallItem> visible = new FilteredList<>(items);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<CallStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> rep = new SimpleObjectProperty<>(ANY_REP);
    private final BooleanProperty mine = new SimpleBooleanProperty(false);
    private final ObservableList<Choice> reps = FXCollections.observableArrayList(ANY_REP);
    private final ObservableList<DealOption> deals = FXCollections.observableArrayList();
    private final ObjectProperty<CallItem> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<TranscriptChoice> pendingTranscript = new ReadOnlyObjectWrapper<>();
    private AutoCloseable subscription;
    private UUID selectWhenLoaded;

    public CallsViewModel(CallQueue queue, UUID currentUserId, TaskExecutor tasks, DialogService dialogs,
                          CallDetailViewModel detail) {
        this.queue = queue;
        this.me = currentUserId;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.detail = detail;
        search.addListener((o, a, b) -> applyFilter());
        status.addListener((o, a, b) -> applyFilter());
        rep.addListener((o, a, b) -> applyFilter());
        mine.addListener((o, a, b) -> applyFilter());
        selected.addListener((o, a, item) -> detail.open(item == null ? null : item.row()));
        visible.addListener((javafx.collections.ListChangeListener<CallItem>) c -> updateSummary());
    }

    /** Starts following job events and reads the list; call when the screen is shown. */
    @Override
    public void activate() {
        if (subscription == null) {
            subscription = queue.subscribe(this::onJobEvent);
        }
        load();
    }

    /** Stops following job events; call when the screen is hidden. */
    @Override
    public void deactivate() {
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception ignored) {
                // a subscription only removes a listener
            }
            subscription = null;
        }
    }

    /** Reads every call in the background; rows already shown are updated in place. */
    public void load() {
        record Loaded(List<CallRow> rows, List<DealOption> deals) { }
        tasks.run("Loading calls", p -> new Loaded(queue.rows(), queue.deals()), loaded -> {
            merge(loaded.rows());
            deals.setAll(loaded.deals());
        }, this::failed);
    }

    private void merge(List<CallRow> rows) {
        Map<UUID, CallItem> shown = new HashMap<>();
        items.forEach(i -> shown.put(i.row().recordingId(), i));
        Map<UUID, String> repNames = new LinkedHashMap<>();
        List<CallItem> fresh = rows.stream().map(r -> {
            if (r.repId() != null) {
                repNames.putIfAbsent(r.repId(), Objects.requireNonNullElse(r.repName(), "Unknown rep"));
            }
            CallItem item = shown.get(r.recordingId());
            if (item == null) {
                return new CallItem(r);
            }
            item.update(r);
            return item;
        }).toList();
        if (!fresh.equals(items)) {
            items.setAll(fresh);
        }
        repNames.forEach((id, name) -> {
            if (reps.stream().noneMatch(c -> id.equals(c.id()))) {
                reps.add(new Choice(id, name));
            }
        });
        applyFilter();
        if (selectWhenLoaded != null) {
            UUID wanted = selectWhenLoaded;
            selectWhenLoaded = null;
            visible.stream().filter(i -> wanted.equals(i.row().recordingId())).findFirst().ifPresent(selected::set);
        }
        CallItem current = selected.get();
        detail.open(current == null ? null : current.row());
    }

    void onJobEvent(JobEvent e) {
        items.stream().filter(i -> i.row().recordingId().equals(e.recordingId())).findFirst().ifPresentOrElse(item -> {
            CallStatus before = item.status();
            item.apply(e);
            if (item == selected.get() && before != e.status()) {
                detail.open(item.row());
            }
            if (!e.status().unfinished()) {
                load(); // duration, analysis and sharing come from the store
            } else if (status.get() != null) {
                applyFilter();
            }
        }, this::load);
    }

    /** Logs a call per file on the deal (null: none) and queues each recording. */
    public void attach(List<Path> files, String subject, Choice deal) {
        String title = subject == null || subject.isBlank() ? "Call" : subject.strip();
        UUID dealId = deal == null ? null : deal.id();
        tasks.run("Attaching recording", p -> {
            for (Path file : files) {
                queue.attach(title, dealId, file);
            }
            return files.size();
        }, n -> load(), e -> dialogs.showError("Cannot attach the recording", e.getMessage()));
    }

    /**
     * Reads a meeting transcript in the background; when it reads, {@link #pendingTranscriptProperty()} asks who the
     * rep is (the view shows the question). A file that cannot be read is reported and nothing is stored.
     */
    public void readTranscript(Path file) {
        tasks.run("Reading transcript", p -> {
            var transcript = queue.readTranscript(file);
            var guess = transcript.guessRep(queue.speakerRoles(transcript.speakers().stream().map(s -> s.name()).toList()));
            return new TranscriptChoice(transcript, guess.name(), guess.reason());
        }, pendingTranscript::set, e -> dialogs.showError("Cannot read the transcript", e.getMessage()));
    }

    /** Logs and analyses the waiting transcript's call with {@code rep} as the rep, then selects it. */
    public void attachTranscript(String subject, Choice deal, String rep) {
        TranscriptChoice choice = pendingTranscript.get();
        pendingTranscript.set(null);
        if (choice == null) {
            return;
        }
        String title = subject == null || subject.isBlank() ? choice.subjectFor(rep) : subject.strip();
        tasks.run("Attaching transcript", p -> queue.attachTranscript(title, deal == null ? null : deal.id(), choice.transcript(), rep),
                id -> {
                    selectWhenLoaded = id;
                    load();
                }, e -> dialogs.showError("Cannot attach the transcript", e.getMessage()));
    }

    /** The user closed the question without attaching. */
    public void discardTranscript() {
        pendingTranscript.set(null);
    }

    public void cancel(CallItem item) {
        act("Cancelling", item, () -> queue.cancel(item.row().recordingId()));
    }

    public void retry(CallItem item) {
        act("Retrying", item, () -> queue.retry(item.row().recordingId()));
    }

    /** Shares the transcript with the team, or takes it back when it is shared. */
    public void toggleShare(CallItem item) {
        boolean share = !item.row().shared();
        act(share ? "Sharing transcript" : "Unsharing transcript", item, () -> queue.share(item.row().recordingId(), share));
    }

    private void act(String title, CallItem item, Runnable action) {
        if (item == null) {
            return;
        }
        tasks.run(title, p -> {
            action.run();
            return null;
        }, ok -> load(), e -> dialogs.showError(title + " failed", e.getMessage()));
    }

    /** Whether the job can be cancelled (queued or transcribing). */
    public static boolean cancellable(CallItem item) {
        return item != null && item.status().unfinished();
    }

    /** Whether the job can be run again (failed or cancelled). */
    public static boolean retryable(CallItem item) {
        return item != null && (item.status() == CallStatus.FAILED || item.status() == CallStatus.CANCELLED);
    }

    private void applyFilter() {
        String text = search.get() == null ? "" : search.get().toLowerCase(Locale.ROOT).strip();
        CallStatus s = status.get();
        UUID repId = mine.get() ? me : rep.get() == null ? null : rep.get().id();
        Predicate<CallItem> p = i -> (text.isEmpty() || i.searchText().contains(text))
                && (s == null || i.status() == s) && (repId == null || repId.equals(i.row().repId()));
        visible.setPredicate(p);
        updateSummary();
    }

    private void updateSummary() {
        summary.set(visible.size() == items.size() ? items.size() + (items.size() == 1 ? " call" : " calls")
                : visible.size() + " of " + items.size() + " calls");
    }

    private void failed(Throwable e) {
        if (!(e instanceof Progress.CancelledException)) {
            dialogs.showError("Cannot load calls", e.getMessage());
        }
    }

    /** "4:05", "1:02:03", or empty when unknown. */
    public static String duration(Integer seconds) {
        return seconds == null ? "" : CallClock.format(seconds);
    }

    public ObservableList<CallItem> visibleCalls() { return visible; }
    public StringProperty searchProperty() { return search; }
    public ObjectProperty<CallStatus> statusProperty() { return status; }
    public ObjectProperty<Choice> repProperty() { return rep; }
    public BooleanProperty mineProperty() { return mine; }
    public ObservableList<Choice> reps() { return reps; }
    public ObservableList<DealOption> deals() { return deals; }
    public ObjectProperty<CallItem> selectedProperty() { return selected; }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    /** A transcript read and waiting for the user to pick the rep; null when none is. */
    public ReadOnlyObjectProperty<TranscriptChoice> pendingTranscriptProperty() { return pendingTranscript.getReadOnlyProperty(); }
    public CallDetailViewModel detail() { return detail; }
}
