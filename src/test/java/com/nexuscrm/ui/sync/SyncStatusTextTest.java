package com.nexuscrm.ui.sync;

import java.util.Locale;
import com.nexuscrm.ui.common.Formats;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.sync.ServerLink;
import com.nexuscrm.sync.SyncStatus;
import com.nexuscrm.sync.SyncStatus.State;
import com.nexuscrm.ui.common.DirectTaskExecutor;
import com.nexuscrm.ui.shell.Section;
import com.nexuscrm.ui.shell.ShellViewModel;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The status bar's words for every sync state, and where clicking it leads. */
class SyncStatusTextTest {
    private static final ZoneId UTC = ZoneId.of("UTC");
    private final SyncStatusText text = new SyncStatusText(new Formats(Locale.UK, UTC));
    private final ServerLink link = new ServerLink(URI.create("http://crm.acme.local:8470"), "rita@acme.com", UUID.randomUUID(), "Rita");

    private String line(State state, long pending, String message, Instant last, int conflicts) {
        return text.line(new SyncSnapshot(new SyncStatus(state, pending, message, last), link, conflicts, 0));
    }

    @Test
    void eachStateHasItsOwnShortLine() {
        Instant now = Instant.now();
        String hhmm = java.time.format.DateTimeFormatter.ofPattern("HH:mm").format(now.atZone(UTC));
        assertEquals("Local workspace: 3 changes waiting", text.line(new SyncSnapshot(SyncStatus.notConnected(3), null, 0, 0)));
        assertEquals("Synced at " + hhmm, line(State.SYNCED, 0, "Up to date.", now, 0));
        assertEquals("Synced at 14 Nov, 09:30", line(State.SYNCED, 0, "Up to date.", Instant.parse("2025-11-14T09:30:00Z"), 0));
        assertEquals("1,204 changes waiting to sync", line(State.PENDING, 1204, "", now, 0));
        assertEquals("Syncing 1 change…", line(State.SYNCING, 1, "", now, 0));
        assertEquals("Offline, retrying: 2 changes queued", line(State.OFFLINE, 2, "Cannot reach the server.", now, 0));
        assertEquals("Sync error: Log in again in Settings.", line(State.ERROR, 0, "Log in again in Settings.", now, 0));
        assertEquals("Synced at " + hhmm + "  ·  2 conflicts to review", line(State.SYNCED, 0, "", now, 2));
        assertTrue(text.details(new SyncSnapshot(new SyncStatus(State.OFFLINE, 2, "Cannot reach the server.", null), link, 0, 0))
                .startsWith("Cannot reach the server.\nTeam server: http://crm.acme.local:8470"));
    }

    @Test
    void theShellFollowsTheFeedAndTheStatusBarLeadsToTheInboxOnlyWhenConflictsWait() {
        SyncFeed feed = new SyncFeed();
        ShellViewModel shell = new ShellViewModel(new DirectTaskExecutor(), feed, text);
        shell.workspaceOpened("ws  ·  Rita");
        assertEquals("Local workspace: no changes waiting", shell.syncStatusProperty().get(), "shown before any change");
        feed.publish(new SyncSnapshot(new SyncStatus(State.ERROR, 0, "Your login expired.", null), link, 0, 0));
        assertEquals(State.ERROR, shell.syncStateProperty().get());
        assertEquals("Sync error: Your login expired.", shell.syncStatusProperty().get());
        shell.openSyncDetails();
        assertEquals(Section.SETTINGS, shell.sectionProperty().get());
        feed.publish(new SyncSnapshot(new SyncStatus(State.SYNCED, 0, "", Instant.now()), link, 1, 0));
        assertEquals(1, shell.conflictsProperty().get());
        shell.openSyncDetails();
        assertEquals(Section.SYNC, shell.sectionProperty().get());
    }
}
