package com.nexuscrm.usecase;

import com.nexuscrm.documents.DocumentVault;
import com.nexuscrm.domain.Account;
import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.CallRecording;
import com.nexuscrm.domain.Contact;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.Document;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.RecordRef;
import com.nexuscrm.domain.SyncedRecord;
import com.nexuscrm.domain.call.CallLog;
import com.nexuscrm.search.IndexSnapshot;
import com.nexuscrm.search.SearchEntries;
import com.nexuscrm.search.SearchEntry;
import com.nexuscrm.search.SearchHit;
import com.nexuscrm.search.SearchIndex;
import com.nexuscrm.search.SearchKind;
import com.nexuscrm.storage.StoredCalls;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Global search over an open workspace: every lead, contact, account and deal, activities, the call transcripts
 * the rep may read and attached documents' text. The index lives in memory and is kept as an encrypted snapshot
 * ({@code search.index}); a missing or damaged snapshot is rebuilt from the store. {@link #refresh()} brings it up
 * to date after saves and syncs: records whose {@code updatedAt} differs from the indexed one are indexed again
 * (new, edited or pulled), records no longer live are dropped. Updates are serialised; searches run alongside them.
 */
public final class WorkspaceSearch implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceSearch.class);
    public static final String SNAPSHOT_FILE = "search.index";

    private final Workspace workspace;
    private final IndexSnapshot snapshot;
    private final DocumentVault documents;
    private final CallLog calls;
    private volatile SearchIndex index;
    private volatile String openedHow;

    private WorkspaceSearch(Workspace workspace) {
        this.workspace = workspace;
        this.snapshot = new IndexSnapshot(workspace.folder().resolve(SNAPSHOT_FILE), workspace.store().searchIndexKey());
        this.documents = new DocumentVault(workspace.folder(), workspace.store().documentsKey());
        this.calls = new StoredCalls(workspace.store());
    }

    /** Loads the snapshot (or rebuilds when it is missing or damaged) and brings it up to date. */
    public static WorkspaceSearch open(Workspace workspace) {
        WorkspaceSearch search = new WorkspaceSearch(workspace);
        try {
            search.index = search.snapshot.read();
            search.openedHow = "loaded";
            search.refresh();
        } catch (IOException | RuntimeException e) {
            LOG.info("Rebuilding the search index: {}", e.getMessage());
            search.openedHow = "rebuilt (" + e.getMessage() + ")";
            search.index = SearchIndex.empty();
            search.rebuild();
        }
        return search;
    }

    /** How the index was opened: "loaded", or "rebuilt (why)". */
    public String openedHow() { return openedHow; }

    public int size() { return index.size(); }

    public List<SearchHit> search(String query, Set<SearchKind> kinds, int limit) {
        return index.search(query, kinds, limit);
    }

    /** The bare Lucene query on the same index: the benchmark's baseline. */
    public int bareQuery(String query, int limit) {
        return index.countTop(query, limit);
    }

    /** Indexes what changed since the watermark and drops what was deleted; returns how many entries changed. */
    public synchronized int refresh() {
        int changed = update(index);
        if (changed > 0) {
            save();
        }
        return changed;
    }

    /** Indexes everything again from the store into a fresh index, then swaps it in and saves it. */
    public synchronized int rebuild() {
        SearchIndex fresh = SearchIndex.empty();
        update(fresh);
        SearchIndex old = index;
        index = fresh;
        if (old != null && old != fresh) {
            old.close();
        }
        save();
        return fresh.size();
    }

    private int update(SearchIndex target) {
        List<SearchEntry> changed = new ArrayList<>();
        Set<UUID> live = new HashSet<>();
        Map<UUID, Long> indexed = target.indexed();
        long[] newest = {target.watermark()};
        Function<SyncedRecord, Boolean> isNew = r -> {
            live.add(r.getId());
            newest[0] = Math.max(newest[0], r.getUpdatedAt());
            return !Long.valueOf(r.getUpdatedAt()).equals(indexed.get(r.getId()));
        };
        workspace.repository(Lead.class).findAll().stream().filter(isNew::apply).map(SearchEntries::of).forEach(changed::add);
        workspace.repository(Contact.class).findAll().stream().filter(isNew::apply).map(SearchEntries::of).forEach(changed::add);
        workspace.repository(Account.class).findAll().stream().filter(isNew::apply).map(SearchEntries::of).forEach(changed::add);
        workspace.repository(Deal.class).findAll().stream().filter(isNew::apply).map(SearchEntries::of).forEach(changed::add);
        Map<UUID, RecordRef> activityTargets = new HashMap<>();
        for (Activity a : workspace.repository(Activity.class).findAll()) {
            activityTargets.put(a.getId(), SearchEntries.target(a));
            if (isNew.apply(a)) {
                changed.add(SearchEntries.of(a));
            }
        }
        addCalls(changed, isNew, activityTargets);
        addDocuments(changed, isNew);
        Set<UUID> gone = new HashSet<>(indexed.keySet());
        gone.removeAll(live);
        target.put(changed);
        target.remove(gone);
        target.setWatermark(newest[0]);
        return changed.size() + gone.size();
    }

    private void addCalls(List<SearchEntry> changed, Function<SyncedRecord, Boolean> isNew, Map<UUID, RecordRef> targets) {
        for (CallRecording r : workspace.repository(CallRecording.class).findAll()) {
            if (isNew.apply(r)) {
                // The rep's own transcript, or the copy a colleague chose to share; nothing else is readable.
                Optional<String> json = calls.transcriptJson(r.getId())
                        .or(() -> r.isShared() ? Optional.ofNullable(r.getTranscriptJson()) : Optional.empty());
                SearchEntries.of(r, json, targets.get(r.getActivityId())).ifPresent(changed::add);
            }
        }
    }

    private void addDocuments(List<SearchEntry> changed, Function<SyncedRecord, Boolean> isNew) {
        for (Document d : workspace.repository(Document.class).findAll()) {
            if (isNew.apply(d)) {
                Optional<String> text;
                try {
                    text = documents.text(d.getId());
                } catch (IOException e) {
                    LOG.warn("The text of document {} cannot be read back; it is found by its title only", d.getFileName(), e);
                    text = Optional.empty();
                }
                changed.add(SearchEntries.of(d, text));
            }
        }
    }

    private void save() {
        try {
            snapshot.write(index);
        } catch (IOException e) {
            // The index stays usable in memory; the next open rebuilds from the store.
            LOG.warn("Could not save the search index to {}", snapshot.file(), e);
        }
    }

    @Override
    public synchronized void close() {
        index.close();
    }
}
