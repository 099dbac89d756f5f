package com.nexuscrm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nexuscrm.sync.SyncStatus;
import com.nexuscrm.testing.FakeSync;
import com.nexuscrm.ui.sync.SyncFeed;
import com.nexuscrm.ui.sync.SyncSnapshot;
import java.time.Instant;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Statuses from the sync thread reach the feed with the inbox counts, through the given FX executor. */
class SyncRelayTest {
    @Test
    void everyStatusAndRefreshPublishesASnapshotWithTheCounts() throws Exception {
        FakeSync sync = new FakeSync();
        SyncFeed feed = new SyncFeed();
        BlockingQueue<SyncSnapshot> published = new ArrayBlockingQueue<>(16);
        try (SyncRelay relay = new SyncRelay(sync, feed, task -> {
            task.run();
            published.add(feed.current());
        })) {
            relay.start();
            assertEquals(SyncStatus.State.NOT_CONNECTED, published.poll(5, TimeUnit.SECONDS).status().state());

            sync.conflicts.add(FakeSync.conflict("Acme", "amount", "1", "2", "3"));
            sync.emit(new SyncStatus(SyncStatus.State.SYNCED, 0, "Up to date.", Instant.now()));
            SyncSnapshot synced = published.poll(5, TimeUnit.SECONDS);
            assertEquals(SyncStatus.State.SYNCED, synced.status().state());
            assertEquals(1, synced.conflicts());

            sync.conflicts.clear();
            feed.refresh();
            assertEquals(0, published.poll(5, TimeUnit.SECONDS).conflicts());
        }
    }
}
