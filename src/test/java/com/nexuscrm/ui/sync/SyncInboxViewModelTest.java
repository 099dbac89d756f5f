package com.nexuscrm.ui.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Ids;
import com.nexuscrm.sync.ConflictItem;
import com.nexuscrm.sync.HeldRecord;
import java.time.Instant;
import com.nexuscrm.sync.RejectionItem;
import com.nexuscrm.sync.SyncStatus;
import com.nexuscrm.testing.FakeSync;
import com.nexuscrm.ui.common.DirectTaskExecutor;
import com.nexuscrm.ui.common.RecordingDialogs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Sync inbox's decisions reach the sync engine, and the lists and counts follow. */
class SyncInboxViewModelTest {
    private final FakeSync sync = new FakeSync();
    private final SyncFeed feed = new SyncFeed();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final ConflictItem amount = FakeSync.conflict("Acme renewal", "amount", "10000", "12000", "15000");
    private final ConflictItem stage = FakeSync.conflict("Globex pilot", "stage", "PROPOSAL", "NEGOTIATION", null);
    private final RejectionItem refused = FakeSync.rejection("The record belongs to team West, outside your teams.");
    private SyncInboxViewModel model;
    private int refreshes;

    @BeforeEach
    void setUp() {
        sync.conflicts.add(amount);
        sync.conflicts.add(stage);
        sync.rejections.add(refused);
        feed.setRefresher(() -> refreshes++);
        model = new SyncInboxViewModel(sync, feed, new DirectTaskExecutor(), dialogs);
        model.activate();
    }

    @Test
    void recordsHeldBackFromTheServerAreListedWithTheirReason() {
        sync.held.add(new HeldRecord("Lead", Ids.newId(), 42, "{\"annualRevenue\":\"abc\"}",
                "annualRevenue: must be a number", Instant.parse("2026-12-06T09:00:00Z")));
        model.load();
        assertEquals(1, model.held().size());
        assertEquals("Held back (1)", model.heldTitle().get());
        assertEquals("annualRevenue: must be a number", model.held().get(0).reason());
    }

    @Test
    void activatingLoadsBothListsWithTheirCounts() {
        assertEquals(2, model.conflictCount().get());
        assertEquals(1, model.rejectionCount().get());
        assertEquals("Conflicts (2)", model.conflictsTitle().get());
        assertEquals("Rejected changes (1)", model.rejectionsTitle().get());
        assertEquals("(empty)", SyncInboxViewModel.shown(stage.mine()));
        assertEquals("48,000", SyncInboxViewModel.shown("48000.0"));
        assertEquals("14,000.5", SyncInboxViewModel.shown("14000.50"));
        assertEquals("Closed won", SyncInboxViewModel.shown("CLOSED_WON"));
        assertEquals("2026-12-31", SyncInboxViewModel.shown("2026-12-31"));
        assertEquals("close date", SyncInboxViewModel.fieldLabel("closeDate"));
    }

    @Test
    void keepTheirsAndUseMineResolveWithThatValueAndTheRowLeaves() {
        model.keepTheirs(amount);
        assertEquals("12000", sync.resolved.get(amount.id()));
        assertEquals(1, model.conflictCount().get());
        assertEquals("Conflicts (1)", model.conflictsTitle().get());
        model.useMine(stage);
        assertEquals("<null>", sync.resolved.get(stage.id()), "mine was empty: resolved as empty");
        assertTrue(model.conflicts().isEmpty());
        assertEquals(2, refreshes, "the status bar and badge are refreshed after each decision");
    }

    @Test
    void editResolvesWithTheTypedValueAndCancelChangesNothing() {
        dialogs.answer = null;
        model.edit(amount);
        assertTrue(sync.resolved.isEmpty());
        assertEquals(2, model.conflictCount().get());
        dialogs.answer = "13500";
        model.edit(amount);
        assertEquals("13500", sync.resolved.get(amount.id()));
        assertEquals(1, model.conflictCount().get());
    }

    @Test
    void aFailedResolutionIsShownAndTheRowStays() {
        sync.resolveFailure = new IllegalStateException("disk full");
        model.keepTheirs(amount);
        assertEquals(2, model.conflictCount().get());
        assertTrue(dialogs.errors.get(0).contains("Acme renewal") && dialogs.errors.get(0).contains("disk full"),
                dialogs.errors.toString());
    }

    @Test
    void dismissRemovesTheRejection() {
        model.dismiss(refused);
        assertTrue(sync.calls.contains("dismiss " + refused.opId()));
        assertEquals(0, model.rejectionCount().get());
    }

    @Test
    void aRoundThatChangesTheCountsReloadsWhileShowingOnly() {
        sync.conflicts.add(FakeSync.conflict("Initech", "closeDate", "2026-12-01", "2026-12-15", "2027-01-10"));
        feed.publish(new SyncSnapshot(SyncStatus.notConnected(0), null, 3, 1));
        assertEquals(3, model.conflictCount().get());
        model.deactivate();
        sync.conflicts.clear();
        feed.publish(new SyncSnapshot(SyncStatus.notConnected(0), null, 0, 1));
        assertEquals(3, model.conflictCount().get(), "not showing: no reload");
    }
}
