package com.nexuscrm.sync;

import com.nexuscrm.domain.Progress;
import com.nexuscrm.sync.wire.Mutation;
import com.nexuscrm.sync.wire.MutationResult;
import com.nexuscrm.sync.wire.PullResponse;
import com.nexuscrm.sync.wire.PushRequest;
import com.nexuscrm.sync.wire.PushResponse;
import com.nexuscrm.sync.wire.SyncedTypes;
import java.util.List;

/**
 * One sync round: push the outbox in batches, then pull pages until caught up. Each batch and each
 * page is its own transaction, so a round cut short at any point resumes where it stopped.
 */
public final class SyncEngine {
    /** The schema this client speaks; the server accepts it or answers 426. */
    public static final int SCHEMA_VERSION = 1;
    private static final int PAGE = 1000;

    private final LocalReplica replica;
    private final SyncClient client;

    public SyncEngine(LocalReplica replica, SyncClient client) {
        this.replica = replica;
        this.client = client;
    }

    /** What a round did. */
    public record Round(int pushed, int applied, int merged, int conflicts, int rejected, int pulled, long cursor) {
        @Override
        public String toString() {
            return String.format("pushed %d (applied %d, merged %d, conflicts %d, rejected %d), pulled %d, cursor %d",
                    pushed, applied, merged, conflicts, rejected, pulled, cursor);
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
        int pulled = 0;
        long cursor = replica.pullCursor();
        PullResponse page;
        do {
            progress.checkCancelled();
            page = client.pull(cursor, PAGE);
            replica.applyPage(page.records(), page.cursor());
            pulled += page.records().size();
            cursor = page.cursor();
            progress.update(pulled, pulled + (page.hasMore() ? PAGE : 0), "Pulled " + pulled + " records");
        } while (page.hasMore());
        return new Round(counts[0], counts[1], counts[2], counts[3], counts[4], pulled, cursor);
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
