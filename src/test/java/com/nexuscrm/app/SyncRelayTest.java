package com.nexuscrm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nexuscrm.sync.SyncStatus;
import com.nexuscrm.testing.FakeSync;
import com.nexuscrm.ui.sync.SyncFeed;
import com.nexuscrm.ui.sync.SyncSnapshot;
import com.nexuscrm.ui.sync.SyncStatusText;
import com.nexuscrm.ui.common.Formats;
import java.time.ZoneOffset;
import java.util.Locale;
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

    @Test
    void theSampleWorkspaceNeverClaimsChangesWaiting() throws Exception {
        FakeSync sync = new FakeSync();
        SyncFeed feed = new SyncFeed();
        BlockingQueue<SyncSnapshot> published = new ArrayBlockingQueue<>(16);
        try (SyncRelay relay = new SyncRelay(sync, feed, task -> {
            task.run();
            published.add(feed.current());
        }, true)) {
            relay.start();
            published.poll(5, TimeUnit.SECONDS);
            sync.emit(SyncStatus.notConnected(345)); // what rescoring and routing on open leave in the sample's outbox
            SyncSnapshot shown = published.poll(5, TimeUnit.SECONDS);
            String line = new SyncStatusText(new Formats(Locale.UK, ZoneOffset.UTC)).line(shown);
            assertEquals("Sample workspace: made-up data, never synced", line);
            assertEquals(0, shown.status().pending());
        }
    }
}
