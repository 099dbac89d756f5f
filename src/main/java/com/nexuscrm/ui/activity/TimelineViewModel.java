package com.nexuscrm.ui.activity;

import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.ActivityRepository;
import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.RecordRef;
import com.nexuscrm.domain.User;
import com.nexuscrm.domain.campaign.PersonTouch;
import com.nexuscrm.domain.campaign.TouchHistory;
import com.nexuscrm.ui.common.DialogService;
import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.ui.common.LatestRequest;
import com.nexuscrm.ui.common.TaskExecutor;
import com.nexuscrm.usecase.LogActivity;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The timeline of one lead, contact, account or deal: newest first, a page at a time ("Show more" or scrolling
 * to the end loads the next), filtered by type, with a count per type. Logging through {@link #form()} puts the
 * new activity in its place at once; a task is completed (or opened again) with {@link #toggleDone}. Hosts
 * that show something an activity changes (the inbox row of a lead whose SLA clock it stopped) listen with
 * {@link #onChange}.
 */
public final class TimelineViewModel {
    /** Rows per page: a screen's worth and some. */
    public static final int PAGE = 50;
    private static final Comparator<TimelineItem> NEWEST_FIRST = Comparator
            .comparing(TimelineItem::occurredAt, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(TimelineItem::id, Comparator.reverseOrder());

    private final ActivityRepository activities;
    private final LogActivity logging;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Clock clock;
    private final Formats formats;
    private final LogActivityViewModel form;
    private final ObservableList<TimelineItem> items = FXCollections.observableArrayList();
    private final ObservableMap<TimelineFilter, Long> counts = FXCollections.observableMap(new EnumMap<>(TimelineFilter.class));
    private final ObjectProperty<TimelineFilter> filter = new SimpleObjectProperty<>(TimelineFilter.ALL);
    private final ReadOnlyObjectWrapper<RecordRef> record = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper("");
    private final LatestRequest pages = new LatestRequest();
    private final LatestRequest counting = new LatestRequest();
    private final List<Consumer<Activity>> listeners = new CopyOnWriteArrayList<>();
    private final TouchMerge touches = new TouchMerge();
    private TouchHistory touchHistory;

    /** One page read: activities, and with the first page the person's campaign touches (null otherwise). */
    private record Page(List<Activity> activities, List<PersonTouch> touches) { }

    public TimelineViewModel(ActivityRepository activities, LogActivity logging, User me, TaskExecutor tasks,
                             DialogService dialogs, Clock clock, Formats formats) {
        this.activities = activities;
        this.logging = logging;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.clock = clock;
        this.formats = formats;
        this.form = new LogActivityViewModel(logging, me, tasks, dialogs, clock, formats.zone(), formats.locale(),
                this::logged);
        filter.addListener((o, was, now) -> {
            if (now == null) { // a filter box whose choices changed clears its value: that means All
                filter.set(TimelineFilter.ALL);
            } else {
                reload();
            }
        });
        counts.addListener((javafx.collections.MapChangeListener<TimelineFilter, Long>) c -> describe());
        items.addListener((javafx.collections.ListChangeListener<TimelineItem>) c -> describe());
        loading.addListener((o, was, now) -> describe());
        describe();
    }

    /** Shows {@code ref}'s timeline from its newest activity (all types); null clears it. */
    public void show(RecordRef ref) {
        form.cancel();
        record.set(ref);
        items.clear();
        counts.clear();
        hasMore.set(false);
        if (ref == null) {
            pages.invalidate();
            counting.invalidate();
            loading.set(false);
            describe();
            return;
        }
        if (filter.get() != TimelineFilter.ALL) {
            filter.set(TimelineFilter.ALL); // reloads
        } else {
            reload();
        }
        recount();
    }

    /** Reads the first page and the counts again (after a sync, or when the screen is shown again). */
    public void refresh() {
        if (record.get() != null) {
            reload();
            recount();
        }
    }

    private void reload() {
        RecordRef ref = record.get();
        if (ref == null) {
            return;
        }
        items.clear();
        load(ref, 0);
    }

    /** The next page after the rows shown; nothing while a page is loading or when all are shown. */
    public void loadMore() {
        RecordRef ref = record.get();
        if (ref != null && hasMore.get() && !loading.get()) {
            load(ref, (int) items.stream().filter(i -> i.touch() == null).count()); // pages count activities only
        }
    }

    private void load(RecordRef ref, int offset) {
        TimelineFilter shown = filter.get();
        boolean withTouches = offset == 0 && shown.touches() && touchesFor(ref);
        loading.set(true);
        tasks.run(pages, "Loading activities", p -> new Page(shown == TimelineFilter.TOUCHES ? List.of()
                : activities.timeline(ref, shown.types(), offset, PAGE), withTouches ? touchHistory.historyOf(ref.id()) : null), page -> {
            loading.set(false);
            Set<UUID> have = new HashSet<>();
            items.forEach(i -> have.add(i.id()));
            items.addAll(page.activities().stream().filter(a -> !have.contains(a.getId())).map(TimelineItem::of).toList());
            hasMore.set(page.activities().size() == PAGE);
            if (offset == 0) {
                touches.reset(page.touches());
            }
            touches.merge(items, hasMore.get(), NEWEST_FIRST);
            describe();
        }, e -> {
            loading.set(false);
            if (!(e instanceof Progress.CancelledException)) {
                dialogs.showError("Cannot show the activities of this " + ref.kind().label().toLowerCase(), e.getMessage());
            }
        });
    }

    private void recount() {
        RecordRef ref = record.get();
        tasks.run(counting, "Counting activities", p -> {
            Map<ActivityType, Long> byType = activities.timelineCounts(ref);
            Map<TimelineFilter, Long> n = new EnumMap<>(TimelineFilter.class);
            for (ActivityType type : ActivityType.values()) {
                n.put(TimelineFilter.of(type), byType.getOrDefault(type, 0L));
            }
            n.put(TimelineFilter.ALL, byType.values().stream().mapToLong(Long::longValue).sum());
            if (touchesFor(ref)) {
                long sent = touchHistory.historyOf(ref.id()).size();
                n.put(TimelineFilter.TOUCHES, sent);
                n.merge(TimelineFilter.ALL, sent, Long::sum);
            }
            return n;
        }, counts::putAll, e -> { }); // counts only label the filter; the list itself reports failures
    }

    /** Completes an open task, or opens a completed one again (its undo); other rows are left alone. */
    public void toggleDone(TimelineItem item) {
        if (item == null || !item.isTask()) {
            return;
        }
        tasks.run(item.done() ? "Reopening task" : "Completing task",
                p -> item.done() ? logging.reopen(item.id()) : logging.complete(item.id()), saved -> {
                    int at = indexOf(item.id());
                    if (at >= 0) {
                        items.set(at, TimelineItem.of(saved));
                    }
                    listeners.forEach(l -> l.accept(saved));
                }, e -> dialogs.showError("Cannot change the task \"" + item.subject() + "\"", e.getMessage()));
    }

    /** A saved activity: shown in its place when the list reaches that far, counted, and passed to listeners. */
    private void logged(Activity a) {
        RecordRef ref = record.get();
        if (ref != null && ref.isLinkedTo(a)) {
            TimelineItem item = TimelineItem.of(a);
            boolean reached = !hasMore.get() || !items.isEmpty() && NEWEST_FIRST.compare(item, items.get(items.size() - 1)) <= 0;
            if (filter.get().includes(a.getType()) && indexOf(a.getId()) < 0 && reached) {
                TouchMerge.insert(items, item, NEWEST_FIRST);
            }
            if (!counts.isEmpty()) {
                counts.merge(TimelineFilter.of(a.getType()), 1L, Long::sum);
                counts.merge(TimelineFilter.ALL, 1L, Long::sum);
            }
        }
        listeners.forEach(l -> l.accept(a));
    }

    private int indexOf(UUID id) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** Lists the campaign touches of the leads and contacts shown, read through {@code history}, with the activities. */
    public TimelineViewModel useTouches(TouchHistory history) {
        this.touchHistory = history;
        return this;
    }

    private boolean touchesFor(RecordRef ref) {
        return touchHistory != null && (ref.kind() == RecordRef.Kind.LEAD || ref.kind() == RecordRef.Kind.CONTACT);
    }

    /** The filters the pane offers: campaign touches only for a lead or contact when they are listed. */
    public List<TimelineFilter> filters() {
        boolean touching = record.get() != null && touchesFor(record.get());
        return java.util.Arrays.stream(TimelineFilter.values()).filter(f -> f != TimelineFilter.TOUCHES || touching).toList();
    }

    /** Opens the log form for the shown record; nothing when no record is shown. */
    public void startLogging() {
        if (record.get() != null) {
            form.start(record.get());
        }
    }

    /** Calls {@code listener} with every activity logged, completed or reopened here; run the result to stop. */
    public Runnable onChange(Consumer<Activity> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void describe() {
        RecordRef ref = record.get();
        Long total = counts.get(filter.get());
        String what = filter.get() == TimelineFilter.ALL ? "activities" : filter.get().label().toLowerCase();
        summary.set(ref == null || Long.valueOf(0).equals(total) ? "" : total == null ? formats.count(items.size()) + " " + what
                : formats.count(items.size()) + " of " + formats.count(total) + " " + what);
        emptyText.set(ref == null ? "Save the record first, then log calls, emails, meetings, notes and tasks here."
                : loading.get() ? "Loading…"
                : filter.get() == TimelineFilter.ALL ? "Nothing logged yet. Press Ctrl+L to log a call, email, meeting, note or task."
                : "No " + what + " yet. Choose All to see everything.");
    }

    /** The label of a filter with its count, "Calls (12)", once counted. */
    public String filterLabel(TimelineFilter f) {
        Long n = counts.get(f);
        return n == null ? f.label() : f.label() + " (" + formats.count(n) + ")";
    }

    /** Now, for overdue marks. */
    public Instant now() { return clock.instant(); }

    public Formats formats() { return formats; }
    public LogActivityViewModel form() { return form; }

    /** The team's activity outcomes for the log form (see {@link LogActivityViewModel#useOutcomes}). */
    public TimelineViewModel useOutcomes(java.util.function.Supplier<com.nexuscrm.domain.Picklist> outcomes) {
        form.useOutcomes(outcomes);
        return this;
    }
    public ObservableList<TimelineItem> items() { return FXCollections.unmodifiableObservableList(items); }
    public ObservableMap<TimelineFilter, Long> counts() { return FXCollections.unmodifiableObservableMap(counts); }
    public ObjectProperty<TimelineFilter> filterProperty() { return filter; }
    public ReadOnlyObjectProperty<RecordRef> recordProperty() { return record.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty hasMoreProperty() { return hasMore.getReadOnlyProperty(); }
    /** "50 of 5,000 activities". */
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    /** What the empty list says, and why it is empty. */
    public ReadOnlyStringProperty emptyTextProperty() { return emptyText.getReadOnlyProperty(); }
}
