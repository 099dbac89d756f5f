package com.nexuscrm.sync;

import com.nexuscrm.domain.Progress;
import com.nexuscrm.protocol.ConflictRecord;
import com.nexuscrm.protocol.MutationResult;
import com.nexuscrm.protocol.PullResponse;
import com.nexuscrm.protocol.PushRequest;
import com.nexuscrm.protocol.PushResponse;
import com.nexuscrm.protocol.Resolution;
import com.nexuscrm.protocol.ResolveRequest;
import com.nexuscrm.protocol.ResolveResponse;
import com.nexuscrm.protocol.SyncedTypes;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * One sync round: push the outbox in batches, send conflict resolutions, pull pages until caught up,
 * then refresh the conflicts inbox. Each batch and each page is its own transaction, so a round cut
 * short at any point resumes where it stopped. A changed scope epoch or RESYNC_REQUIRED turns the pull
 * into a fresh snapshot, which also resumes after a crash.
 */
public final class SyncEngine {
    /** The schema this client speaks; the server accepts it or answers 426. */
    public static final int SCHEMA_VERSION = 1;
    /** Records per pull page. */
    public static final int DEFAULT_PAGE = 1000;

    private final ChangeOutbox outbox;
    private final PulledPages pages;
    private final ConflictExchange conflicts;
    private final ServerLinkStore link;
    private final SyncClient client;
    private final Clock clock;
    private final int pageSize;

    public SyncEngine(LocalReplica replica, SyncClient client) {
        this(replica, client, Clock.systemUTC(), DEFAULT_PAGE);
    }

    public SyncEngine(LocalReplica replica, SyncClient client, Clock clock, int pageSize) {
        this(replica.outbox(), replica.pages(), replica.conflicts(), replica.link(), client, clock, pageSize);
    }

    /** The engine over the ports it uses; {@code link} only records when the round ended. */
    public SyncEngine(ChangeOutbox outbox, PulledPages pages, ConflictExchange conflicts, ServerLinkStore link,
                      SyncClient client, Clock clock, int pageSize) {
        this.outbox = outbox;
        this.pages = pages;
        this.conflicts = conflicts;
        this.link = link;
        this.client = client;
        this.clock = clock;
        this.pageSize = pageSize;
    }

    /** What a round did. */
    public record Round(int pushed, int applied, int merged, int conflicts, int rejected, int resolved, int pulled,
                        int revoked, boolean snapshot, long cursor) {
        @Override
        public String toString() {
            return String.format("pushed %d (applied %d, merged %d, conflicts %d, rejected %d), resolved %d,"
                    + " pulled %d%s, revoked %d, cursor %d", pushed, applied, merged, conflicts, rejected, resolved,
                    pulled, snapshot ? " (fresh snapshot)" : "", revoked, cursor);
        }
    }

    public Round syncOnce(Progress progress) {
        int[] counts = new int[5];
        for (List<PendingChange> batch = outbox.pending(SyncedTypes.MAX_BATCH); !batch.isEmpty();
             batch = outbox.pending(SyncedTypes.MAX_BATCH)) {
            progress.checkCancelled();
            PushResponse response = client.push(new PushRequest(outbox.clientId(), SCHEMA_VERSION,
                    PendingChange.mutations(batch)));
            outbox.acknowledge(PushAnswer.match(batch, response.results()));
            count(counts, batch.size(), response.results());
            progress.update(counts[0], counts[0] + batch.size(), "Pushed " + counts[0] + " changes");
        }
        int resolved = sendResolutions();
        Round round = pull(progress, counts, resolved);
        conflicts.replaceConflicts(client.conflicts().conflicts().stream().map(SyncEngine::item).toList());
        link.markSynced(clock.instant());
        return round;
    }

    private int sendResolutions() {
        List<Resolution> queued = conflicts.pendingResolutions().stream()
                .map(q -> new Resolution(q.conflictId(), q.value())).toList();
        if (queued.isEmpty()) {
            return 0;
        }
        ResolveResponse response = client.resolve(new ResolveRequest(queued));
        conflicts.resolutionsSent(response.results().stream().map(ResolveResponse.Result::conflictId).toList());
        return response.results().size();
    }

    private Round pull(Progress progress, int[] counts, int resolved) {
        int pulled = 0;
        int revoked = 0;
        boolean snapshot = pages.resnapshotting();
        long cursor = pages.pullCursor();
        PullResponse page = null;
        while (page == null || page.hasMore()) {
            progress.checkCancelled();
            try {
                page = client.pull(cursor, pageSize);
            } catch (SyncException e) {
                if (e.kind() != SyncException.Kind.RESYNC_REQUIRED || cursor == 0) {
                    throw e;
                }
                pages.beginResnapshot(pages.scopeEpoch().orElse(-1L));
                snapshot = true;
                cursor = 0;
                page = null;
                continue;
            }
            Optional<Long> epoch = pages.scopeEpoch();
            if (epoch.isEmpty() && cursor == 0) {
                pages.saveScopeEpoch(page.scopeEpoch());
            } else if (epoch.isEmpty() || epoch.get() != page.scopeEpoch()) {
                pages.beginResnapshot(page.scopeEpoch());
                snapshot = true;
                cursor = 0;
                page = null;
                continue;
            }
            pages.applyPage(PulledPage.of(page));
            pulled += page.records().size();
            revoked += page.revoked().size();
            cursor = page.cursor();
            progress.update(pulled, pulled + (page.hasMore() ? pageSize : 0), "Pulled " + pulled + " records");
        }
        if (pages.resnapshotting()) {
            pages.finishResnapshot();
        }
        return new Round(counts[0], counts[1], counts[2], counts[3], counts[4], resolved, pulled, revoked, snapshot, cursor);
    }

    /** The server's conflict as the inbox keeps it (its title is found locally when shown). */
    private static ConflictItem item(ConflictRecord k) {
        return new ConflictItem(k.id(), k.entity(), k.recordId(), null, k.field(), k.baseValue(), k.serverValue(),
                k.clientValue(), k.byUser(), k.createdAt());
    }

    private static void count(int[] counts, int sent, List<MutationResult> results) {
        counts[0] += sent;
        for (MutationResult r : results) {
            switch (r.status()) {
                case "APPLIED" -> counts[1]++;
                case "MERGED" -> counts[2]++;
                case "CONFLICT" -> counts[3]++;
                default -> counts[4]++;
            }
        }
    }
}
