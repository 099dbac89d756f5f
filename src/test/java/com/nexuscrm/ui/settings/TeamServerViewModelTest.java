package com.nexuscrm.ui.settings;

import java.util.Locale;
import com.nexuscrm.ui.common.Formats;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Progress;
import com.nexuscrm.sync.SyncException;
import com.nexuscrm.testing.FakeSync;
import com.nexuscrm.ui.common.DirectTaskExecutor;
import com.nexuscrm.ui.common.RecordingDialogs;
import com.nexuscrm.ui.sync.SyncFeed;
import com.nexuscrm.ui.sync.SyncSnapshot;
import com.nexuscrm.ui.sync.SyncStatusText;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Settings → Team server over a scripted sync: connect, errors in place, sample refusal, disconnect, log in again. */
class TeamServerViewModelTest {
    private final FakeSync sync = new FakeSync();
    private final SyncFeed feed = new SyncFeed();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final java.util.concurrent.atomic.AtomicInteger adopted = new java.util.concurrent.atomic.AtomicInteger();

    private TeamServerViewModel model(boolean sample) {
        // What the app's relay does, synchronously: publish a snapshot of the sync as it is now.
        feed.setRefresher(() -> feed.publish(new SyncSnapshot(sync.status(), sync.link().orElse(null),
                sync.conflicts().size(), sync.rejections().size())));
        return new TeamServerViewModel(sync, feed, new DirectTaskExecutor(), dialogs, new SyncStatusText(new Formats(Locale.UK, ZoneId.of("UTC"))),
                sample, adopted::incrementAndGet);
    }

    private static void fill(TeamServerViewModel model, String url, String email, String password) {
        model.serverUrlProperty().set(url);
        model.emailProperty().set(email);
        model.passwordProperty().set(password);
    }

    @Test
    void connectsWithTheFormAndShowsTheLink() {
        TeamServerViewModel model = model(false);
        assertEquals("http://localhost:8470", model.serverUrlProperty().get());
        assertFalse(model.connectedProperty().get());
        fill(model, "http://crm.acme.local:8470 ", " rita@acme.com", "secret password");
        model.connect();
        assertEquals("connect http://crm.acme.local:8470 rita@acme.com secret password", sync.calls.get(0));
        assertEquals(1, adopted.get(), "the screens are rebuilt for the server's user");
        assertTrue(model.connectedProperty().get());
        assertEquals("http://crm.acme.local:8470", model.linkServerProperty().get());
        assertEquals("Rita Rep <rita@acme.com>", model.linkUserProperty().get());
        assertEquals("", model.passwordProperty().get(), "the password is not kept in the form");
        assertTrue(model.noticeProperty().get().startsWith("Connected to http://crm.acme.local:8470 as Rita Rep"));
        assertFalse(model.busyProperty().get());
    }

    @Test
    void badInputIsNamedBeforeAnythingIsSent() {
        TeamServerViewModel model = model(false);
        fill(model, "crm.acme.local", "rita@acme.com", "pw");
        model.connect();
        assertTrue(model.errorProperty().get().contains("is not a server address"), model.errorProperty().get());
        fill(model, "http://crm.acme.local", "rita", "pw");
        model.connect();
        assertTrue(model.errorProperty().get().contains("email"), model.errorProperty().get());
        fill(model, "http://crm.acme.local", "rita@acme.com", "");
        model.connect();
        assertTrue(model.errorProperty().get().contains("password"), model.errorProperty().get());
        assertTrue(sync.calls.isEmpty());
    }

    @Test
    void theServersRefusalIsShownInPlainWords() {
        TeamServerViewModel model = model(false);
        sync.failure = new SyncException(SyncException.Kind.UNAUTHORIZED, "Wrong email or password.", null);
        fill(model, "http://localhost:8470", "rita@acme.com", "wrong");
        model.connect();
        assertEquals("Wrong email or password.", model.errorProperty().get());
        assertEquals(0, adopted.get());
        assertFalse(model.connectedProperty().get());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void aCancelledConnectSaysWhatHappensNext() {
        TeamServerViewModel model = model(false);
        sync.failure = new Progress.CancelledException();
        sync.linkBeforeFailing = true;
        fill(model, "http://localhost:8470", "rita@acme.com", "pw");
        model.connect();
        assertEquals("", model.errorProperty().get());
        assertTrue(model.noticeProperty().get().contains("carries on in the background"));
        assertTrue(model.connectedProperty().get(), "the login went through before the cancel: shown as connected");
    }

    @Test
    void theSampleWorkspaceIsRefusedWithAReason() {
        TeamServerViewModel model = model(true);
        fill(model, "http://localhost:8470", "rita@acme.com", "pw");
        model.connect();
        assertTrue(sync.calls.isEmpty());
        assertTrue(model.errorProperty().get().contains("sample workspace"));
        assertTrue(model.isSampleWorkspace());
    }

    @Test
    void disconnectAsksFirstAndSaysLocalDataStays() {
        TeamServerViewModel model = model(false);
        fill(model, "http://localhost:8470", "rita@acme.com", "pw");
        model.connect();
        dialogs.confirmAnswer = false;
        model.disconnect();
        assertFalse(sync.calls.contains("disconnect"));
        assertTrue(dialogs.confirmations.get(0).contains("local data and any changes waiting to sync stay"));
        dialogs.confirmAnswer = true;
        model.disconnect();
        assertTrue(sync.calls.contains("disconnect"));
        assertFalse(model.connectedProperty().get());
    }

    @Test
    void logInAgainNeedsThePassword() {
        TeamServerViewModel model = model(false);
        model.loginAgain();
        assertTrue(model.errorProperty().get().contains("password"));
        model.loginPasswordProperty().set("new password");
        model.loginAgain();
        assertEquals(java.util.List.of("login new password"), sync.calls);
        assertEquals("", model.loginPasswordProperty().get());
    }
}
