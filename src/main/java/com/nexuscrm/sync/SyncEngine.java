package com.nexuscrm.sync;

import com.nexuscrm.domain.Progress;
import com.nexuscrm.protocol.Mutation;
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

    private final LocalReplica replica;
    private final SyncClient client;
    private final Clock clock;
    private final int pageSize;

    public SyncEngine(LocalReplica replica, SyncClient client) {
        this(replica, client, Clock.systemUTC(), DEFAULT_PAGE);
    }

    public SyncEngine(LocalReplica replica, SyncClient client, Clock clock, int pageSize) {
        this.replica = replica;
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
        for (List<Mutation> batch = replica.pendingMutations(SyncedTypes.MAX_BATCH); !batch.isEmpty();
             batch = replica.pendingMutations(SyncedTypes.MAX_BATCH)) {
            progress.checkCancelled();
            PushResponse response = client.push(new PushRequest(replica.clientId(), SCHEMA_VERSION, batch));
            replica.acknowledge(batch, response.results());
            count(counts, batch.size(), response.results());
            progress.update(counts[0], counts[0] + batch.size(), "Pushed " + counts[0] + " changes");
        }
        int resolved = sendResolutions();
        Round round = pull(progress, counts, resolved);
        replica.replaceConflicts(client.conflicts().conflicts());
        replica.markSynced(clock.instant());
        return round;
    }

    private int sendResolutions() {
        List<Resolution> queued = replica.pendingResolutions();
        if (queued.isEmpty()) {
            return 0;
        }
        ResolveResponse response = client.resolve(new ResolveRequest(queued));
        replica.resolutionsSent(response.results().stream().map(ResolveResponse.Result::conflictId).toList());
        return response.results().size();
    }

    private Round pull(Progress progress, int[] counts, int resolved) {
        int pulled = 0;
        int revoked = 0;
        boolean snapshot = replica.resnapshotting();
        long cursor = replica.pullCursor();
        PullResponse page = null;
        while (page == null || page.hasMore()) {
            progress.checkCancelled();
            try {
                page = client.pull(cursor, pageSize);
            } catch (SyncException e) {
                if (e.kind() != SyncException.Kind.RESYNC_REQUIRED || cursor == 0) {
                    throw e;
                }
                replica.beginResnapshot(replica.scopeEpoch().orElse(-1L));
                snapshot = true;
                cursor = 0;
                page = null;
                continue;
            }
            Optional<Long> epoch = replica.scopeEpoch();
            if (epoch.isEmpty() && cursor == 0) {
                replica.saveScopeEpoch(page.scopeEpoch());
            } else if (epoch.isEmpty() || epoch.get() != page.scopeEpoch()) {
                replica.beginResnapshot(page.scopeEpoch());
                snapshot = true;
                cursor = 0;
                page = null;
                continue;
            }
            replica.applyPage(page.records(), page.revoked(), page.cursor());
            pulled += page.records().size();
            revoked += page.revoked().size();
            cursor = page.cursor();
            progress.update(pulled, pulled + (page.hasMore() ? pageSize : 0), "Pulled " + pulled + " records");
        }
        if (replica.resnapshotting()) {
            replica.finishResnapshot();
        }
        return new Round(counts[0], counts[1], counts[2], counts[3], counts[4], resolved, pulled, revoked, snapshot, cursor);
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
