package com.nexuscrm.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Progress;
import com.nexuscrm.sync.SyncException;
import com.nexuscrm.ui.common.DirectTaskExecutor;
import com.nexuscrm.ui.common.RecordingDialogs;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** First run's "Connect to a team server": an empty workspace, then the first sync; it opens whatever happens. */
class WorkspaceGateViewModelTest {
    private final List<String> calls = new ArrayList<>();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private RuntimeException connectFailure;
    private boolean linked;
    private int opened;

    private final WorkspaceAccess access = new WorkspaceAccess() {
        @Override public String location() { return "/tmp/ws"; }
        @Override public boolean exists() { return false; }
        @Override public void open(char[] passphrase, Progress progress) { calls.add("open"); }

        @Override
        public void create(char[] passphrase, boolean sample, Progress progress) {
            calls.add("create sample=" + sample + " " + new String(passphrase));
        }

        @Override
        public void connect(URI server, String email, char[] password, Progress progress) {
            calls.add("connect " + server + " " + email + " " + new String(password));
            if (connectFailure != null) {
                throw connectFailure;
            }
        }

        @Override public boolean linked() { return linked; }
    };

    private WorkspaceGateViewModel serverChoice(String url, String email, String password) {
        WorkspaceGateViewModel model = new WorkspaceGateViewModel(access, new DirectTaskExecutor(), dialogs, () -> opened++);
        model.serverProperty().set(true);
        model.serverUrlProperty().set(url);
        model.emailProperty().set(email);
        model.serverPasswordProperty().set(password);
        model.passphraseProperty().set("long passphrase");
        model.confirmationProperty().set("long passphrase");
        return model;
    }

    @Test
    void buildsAnEmptyWorkspaceThenConnectsAndOpensIt() {
        serverChoice("http://localhost:8470", "rita@acme.com", "server pw").submit();
        assertEquals(List.of("create sample=false long passphrase", "connect http://localhost:8470 rita@acme.com server pw"), calls);
        assertEquals(1, opened);
        assertTrue(dialogs.infos.isEmpty(), "nothing to explain when it worked");
    }

    @Test
    void theServerFieldsAreCheckedBeforeAnythingIsCreated() {
        WorkspaceGateViewModel model = serverChoice("http://localhost:8470", "", "server pw");
        model.submit();
        assertTrue(model.errorProperty().get().contains("email"), model.errorProperty().get());
        assertTrue(calls.isEmpty());
        assertEquals(0, opened);
    }

    @Test
    void aFailedLoginStillOpensTheWorkspaceAsLocalAndSaysSo() {
        connectFailure = new SyncException(SyncException.Kind.OFFLINE, "The team server at http://localhost:8470 cannot be reached.", null);
        serverChoice("http://localhost:8470", "rita@acme.com", "server pw").submit();
        assertEquals(1, opened);
        String said = dialogs.infos.get(0);
        assertTrue(said.contains("cannot be reached") && said.contains("local workspace")
                && said.contains("Settings → Team server"), said);
    }

    @Test
    void aFirstSyncCutShortAfterTheLoginSaysSyncCarriesOn() {
        connectFailure = new SyncException(SyncException.Kind.OFFLINE, "The connection dropped.", null);
        linked = true;
        serverChoice("http://localhost:8470", "rita@acme.com", "server pw").submit();
        assertEquals(1, opened);
        assertTrue(dialogs.infos.get(0).contains("carries on in the background"), dialogs.infos.get(0));
    }

    @Test
    void aCancelledFirstSyncStillOpensTheWorkspace() {
        connectFailure = new Progress.CancelledException();
        serverChoice("http://localhost:8470", "rita@acme.com", "server pw").submit();
        assertEquals(1, opened);
        assertTrue(dialogs.infos.get(0).contains("cancelled"), dialogs.infos.get(0));
    }
}
