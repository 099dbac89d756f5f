package com.nexuscrm.ui.customers;

import com.nexuscrm.domain.AccountContactRow;
import com.nexuscrm.domain.DealRole;
import com.nexuscrm.domain.DocumentRow;
import com.nexuscrm.domain.HistoryKind;
import com.nexuscrm.domain.HistoryRange;
import com.nexuscrm.domain.RecordRef;
import com.nexuscrm.domain.UsageMonth;
import com.nexuscrm.domain.User;
import com.nexuscrm.ui.common.DialogService;
import com.nexuscrm.ui.common.LatestRequest;
import com.nexuscrm.ui.common.TaskExecutor;
import com.nexuscrm.usecase.AccountTimeline;
import com.nexuscrm.usecase.AttachDocument;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;

/**
 * The account 360 parts beside the form: the unified timeline (type chips, a date range, newest first, read a page
 * at a time as the list scrolls), the contacts' deal roles and last contact, usage per month, and the documents
 * with Attach and a text preview. Every read runs in the background through {@link AccountTimeline}; a newer
 * filter wins over a slower older one.
 */
public final class AccountHistoryViewModel {
    private final AccountTimeline timeline;
    private final AttachDocument attach;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final ZoneId zone;
    private final Clock clock;
    private final User user;
    private final LatestRequest pages = new LatestRequest();
    private final LatestRequest previews = new LatestRequest();
    private final ObservableList<AccountTimeline.Entry> entries = FXCollections.observableArrayList();
    private final ObservableSet<HistoryKind> kinds = FXCollections.observableSet(EnumSet.allOf(HistoryKind.class));
    private final ObservableMap<HistoryKind, Long> counts = FXCollections.observableMap(new EnumMap<>(HistoryKind.class));
    /** Held, not made per call: a read-only wrapper forwards changes only while it is referenced. */
    private final ObservableMap<HistoryKind, Long> countsView = FXCollections.unmodifiableObservableMap(counts);
    private final Set<HistoryKind> kindsView = java.util.Collections.unmodifiableSet(kinds);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
    private final ObservableList<UsageMonth> usage = FXCollections.observableArrayList();
    private final ObservableList<DocumentRow> documents = FXCollections.observableArrayList();
    private final Map<UUID, AccountContactRow> relations = new HashMap<>();
    private UUID account;
    private boolean loadingMore;
    private Consumer<RecordRef> onOpen = ref -> { };
    private Runnable onRelations = () -> { };

    public AccountHistoryViewModel(AccountTimeline timeline, AttachDocument attach, TaskExecutor tasks,
                                   DialogService dialogs, ZoneId zone, User user, Clock clock) {
        this.clock = clock;
        this.timeline = timeline;
        this.attach = attach;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.zone = zone;
        this.user = user;
        from.addListener((o, a, b) -> reload());
        to.addListener((o, a, b) -> reload());
    }

    void setOnOpen(Consumer<RecordRef> onOpen) { this.onOpen = onOpen; }

    /** Called when the contacts' roles and last contact dates change (the contacts table refreshes its cells). */
    public void setOnRelations(Runnable onRelations) { this.onRelations = onRelations; }

    /** The filter as the store reads it; a range whose end is before its start is read as empty days. */
    HistoryRange range() {
        Instant start = from.get() == null ? null : from.get().atStartOfDay(zone).toInstant();
        Instant end = to.get() == null ? null : to.get().plusDays(1).atStartOfDay(zone).toInstant();
        if (start != null && end != null && !start.isBefore(end)) {
            end = start.plusSeconds(1);
        }
        return new HistoryRange(kinds.isEmpty() ? Set.of() : Set.copyOf(kinds), start, end);
    }

    /** Shows what opening the account read (on the FX thread, from the detail's one background task). */
    void show(AccountTimeline.Opened opened) {
        account = opened.account().getId();
        relations.clear();
        opened.relations().forEach(r -> relations.put(r.contactId(), r));
        usage.setAll(opened.usage());
        documents.setAll(opened.documents());
        preview.set("");
        showPage(opened.firstPage());
        onRelations.run();
    }

    /** Nothing shown (a new account, or the shown one was deleted). */
    void clear() {
        account = null;
        pages.invalidate();
        relations.clear();
        entries.clear();
        counts.clear();
        usage.clear();
        documents.clear();
        total.set(0);
        preview.set("");
        status.set("");
        onRelations.run();
    }

    private void showPage(AccountTimeline.Page page) {
        entries.setAll(page.entries());
        counts.clear();
        counts.putAll(page.counts());
        total.set(page.total());
        loadingMore = false;
        status.set(page.total() == 0 ? (kinds.isEmpty() ? "No type is selected: pick one above to see its history."
                : "Nothing in this account's history matches these types and dates.") : "");
    }

    /** Turns one type on or off and reads the timeline again. */
    public void toggle(HistoryKind kind, boolean on) {
        if (on ? kinds.add(kind) : kinds.remove(kind)) {
            reload();
        }
    }

    /** Every type on again and no date range. */
    /** A date preset: from {@code back} before today (in the user's zone) to now, the chosen kinds kept. */
    public void showLast(Period back) {
        to.set(null);
        from.set(LocalDate.now(clock.withZone(zone)).minus(back));
    }

    public void resetFilter() {
        kinds.addAll(EnumSet.allOf(HistoryKind.class));
        from.set(null);
        to.set(null);
        reload();
    }

    private void reload() {
        UUID id = account;
        if (id == null) {
            return;
        }
        if (kinds.isEmpty()) {
            pages.invalidate();
            showPage(new AccountTimeline.Page(List.of(), Map.of()));
            return;
        }
        HistoryRange range = range();
        tasks.run(pages, "Reading the account's history", p -> timeline.page(id, range, 0, AccountTimeline.PAGE),
                this::showPage, e -> status.set("The history could not be read: " + e.getMessage()));
    }

    /** Reads the next page when the list has scrolled to its end and more entries exist. */
    public void loadMore() {
        UUID id = account;
        if (id == null || loadingMore || entries.size() >= total.get() || kinds.isEmpty()) {
            return;
        }
        loadingMore = true;
        int offset = entries.size();
        HistoryRange range = range();
        tasks.run(pages, "Reading older history", p -> timeline.entries(id, range, offset, AccountTimeline.PAGE), more -> {
            entries.addAll(more);
            loadingMore = false;
        }, e -> {
            loadingMore = false;
            status.set("Older history could not be read: " + e.getMessage());
        });
    }

    /** Opens a timeline entry where it lives (a deal); a document entry shows its preview. */
    public void open(AccountTimeline.Entry entry) {
        if (entry == null) {
            return;
        }
        if (entry.open() != null) {
            onOpen.accept(entry.open());
        } else if (entry.kind() == HistoryKind.DOCUMENT) {
            documents.stream().filter(d -> d.id().equals(entry.id())).findFirst().ifPresent(this::preview);
        }
    }

    /** Reads the document's text in the background for the preview. */
    public void preview(DocumentRow document) {
        if (document == null) {
            preview.set("");
            return;
        }
        preview.set("Reading " + document.fileName() + "…");
        tasks.run(previews, "Reading " + document.fileName(), p -> timeline.documentText(document.id()), preview::set,
                e -> preview.set("The text could not be read: " + e.getMessage()));
    }

    /**
     * Attaches the files in the background, one at a time with progress (Cancel keeps those attached so far);
     * files that cannot be attached are named with the reason in one message, the others are attached.
     */
    public void attach(List<Path> files) {
        UUID id = account;
        if (id == null || files.isEmpty()) {
            return;
        }
        tasks.run("Attaching documents", p -> {
            List<AttachDocument.Skipped> skipped = new ArrayList<>();
            int done = 0;
            for (Path f : files) {
                if (p.isCancelled()) {
                    break;
                }
                p.update(done++, files.size(), "Attaching " + f.getFileName());
                skipped.addAll(attach.attach(List.of(f), id, null, user, p::isCancelled).skipped());
            }
            return skipped;
        }, skipped -> {
            refreshAfterAttach(id);
            if (!skipped.isEmpty()) {
                dialogs.showError(skipped.size() == 1 ? "A file was not attached" : skipped.size() + " files were not attached",
                        skipped.stream().map(s -> "\u2022 " + s.reason()).collect(Collectors.joining("\n"))
                                + (skipped.size() < files.size() ? "\n\nThe other files were attached." : ""));
            }
        }, e -> {
            refreshAfterAttach(id);
            dialogs.showError("Cannot attach the documents", e.getMessage());
        });
    }

    private void refreshAfterAttach(UUID id) {
        if (!id.equals(account)) {
            return;
        }
        tasks.run("Reading the account's documents", p -> timeline.documents(id), documents::setAll,
                e -> dialogs.showError("Cannot read the documents", e.getMessage()));
        reload();
    }

    /** The contact's roles in the account's deals ("Champion, Economic buyer"), "" when none. */
    public String roles(UUID contactId) {
        AccountContactRow r = relations.get(contactId);
        return r == null ? "" : r.roles().stream().map(DealRole::label).collect(Collectors.joining(", "));
    }

    /** When an activity with the contact last happened, or null. */
    public Instant lastContact(UUID contactId) {
        AccountContactRow r = relations.get(contactId);
        return r == null ? null : r.lastContactAt();
    }

    public ObservableList<AccountTimeline.Entry> entries() { return entries; }
    /** The types shown (all at first); change them through {@link #toggle}. */
    public Set<HistoryKind> kinds() { return kindsView; }
    /** Entries per type in the current filter. */
    public ObservableMap<HistoryKind, Long> counts() { return countsView; }
    public ObjectProperty<LocalDate> fromProperty() { return from; }
    public ObjectProperty<LocalDate> toProperty() { return to; }
    public ReadOnlyLongProperty totalProperty() { return total.getReadOnlyProperty(); }
    /** Why the timeline is empty, or what went wrong; "" otherwise. */
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyStringProperty previewProperty() { return preview.getReadOnlyProperty(); }
    public ObservableList<UsageMonth> usage() { return usage; }
    public ObservableList<DocumentRow> documents() { return documents; }
    /** True while an account is shown (Attach applies). */
    public boolean hasAccount() { return account != null; }
}
