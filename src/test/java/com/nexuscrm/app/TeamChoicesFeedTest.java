package com.nexuscrm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.sync.SyncStatus;
import com.nexuscrm.usecase.TeamChoices;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The forms' team settings: read on open, read again after a sync round or a save, handed on only when changed. */
class TeamChoicesFeedTest {
    private static final Instant T0 = Instant.parse("2026-12-07T09:00:00Z");

    @Test
    void aSyncRoundThatBroughtANewCurrencyReachesTheSubscribers() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        String[] stored = {"USD"};
        LinkedBlockingQueue<TeamChoices> delivered = new LinkedBlockingQueue<>();
        try (TeamChoicesFeed feed = new TeamChoicesFeed(() -> {
            reads.incrementAndGet();
            return new TeamChoices(TeamChoices.defaults().lists(), stored[0]);
        }, Runnable::run).loadNow()) {
            assertEquals("USD", feed.current().currency());
            assertEquals(1, reads.get());
            feed.subscribe(delivered::add);

            stored[0] = "GBP"; // the manager's change, pulled by this round
            feed.syncStatus(new SyncStatus(SyncStatus.State.SYNCED, 0, "Synced", T0));
            TeamChoices changed = delivered.poll(10, TimeUnit.SECONDS);
            assertEquals("GBP", changed.currency());
            assertEquals("GBP", feed.current().currency());

            // the same round reported again, or a status between rounds (offline since T0), reads nothing
            feed.syncStatus(new SyncStatus(SyncStatus.State.SYNCED, 0, "Synced", T0));
            feed.syncStatus(new SyncStatus(SyncStatus.State.OFFLINE, 0, "Offline", T0));
            feed.syncStatus(new SyncStatus(SyncStatus.State.NOT_CONNECTED, 0, "Local", null));
            // a later round that changed nothing reads but hands nothing on; a save reads again
            feed.syncStatus(new SyncStatus(SyncStatus.State.SYNCED, 0, "Synced", T0.plusSeconds(60)));
            stored[0] = "EUR";
            feed.refresh();
            assertEquals("EUR", delivered.poll(10, TimeUnit.SECONDS).currency());
            assertTrue(delivered.isEmpty(), "nothing handed on for the round that changed nothing");
            assertTrue(reads.get() <= 4, "read on open, after the new round, the unchanged one and the save: " + reads.get());
        }
    }

    @Test
    void aFailedReadKeepsWhatIsShownAndAnUnsubscribedListenerHearsNothing() throws Exception {
        boolean[] fail = {false};
        List<TeamChoices> heard = new CopyOnWriteArrayList<>();
        LinkedBlockingQueue<TeamChoices> after = new LinkedBlockingQueue<>();
        String[] stored = {"USD"};
        try (TeamChoicesFeed feed = new TeamChoicesFeed(() -> {
            if (fail[0]) {
                throw new IllegalStateException("store closed");
            }
            return new TeamChoices(TeamChoices.defaults().lists(), stored[0]);
        }, Runnable::run).loadNow()) {
            Runnable unsubscribe = feed.subscribe(heard::add);
            unsubscribe.run();
            feed.subscribe(after::add);
            stored[0] = "CHF";
            feed.refresh();
            assertEquals("CHF", after.poll(10, TimeUnit.SECONDS).currency());
            assertTrue(heard.isEmpty());
            fail[0] = true;
            feed.refresh();
            feed.close(); // waits for the read
            assertEquals("CHF", feed.current().currency());
        }
    }
}
