package com.nexuscrm.app;

import com.nexuscrm.usecase.EmptyWorkspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.sync.ConflictItem;
import com.nexuscrm.sync.RejectionItem;
import com.nexuscrm.sync.SyncStatus;
import com.nexuscrm.testing.FakeSync;
import com.nexuscrm.ui.common.FxDialogService;
import com.nexuscrm.ui.common.FxTaskExecutor;
import com.nexuscrm.ui.shell.ShellView;
import java.nio.file.Path;
import java.time.Instant;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window's sync screens over a scripted sync: status bar, Sync inbox, Settings → Team server, first run. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SyncScreensTest {
    private static final String PASS = "sync-screens-passphrase";

    @TempDir
    static Path root;
    private static int counter;
    private FakeSync sync;
    private AppContext context;
    private final ConflictItem amount = FakeSync.conflict("Acme renewal", "amount", "10000", "12000", "15000");
    private final ConflictItem stage = FakeSync.conflict("Globex pilot", "stage", "PROPOSAL", "NEGOTIATION", "CLOSED_WON");
    private final RejectionItem refused = FakeSync.rejection("The record belongs to team West, outside your teams.");

    @Start
    void start(Stage window) {
        sync = new FakeSync();
        context = new AppContext(root.resolve("ws" + (++counter)), new FxTaskExecutor(), new FxDialogService(window),
                new MemoryTheme(), EmptyWorkspace::seed, store -> new SyncLauncher.Running(sync, () -> { }));
        ShellView shell = new ShellView(context.shell(), context);
        window.setScene(new Scene(shell.root(), 1280, 800));
        window.show();
        shell.showGate();
    }

    @AfterEach
    void closeWorkspace() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> context.close()).get();
    }

    private void createEmptyWorkspace(FxRobot robot) throws Exception {
        ScreenWindow.create(robot, "#choice-empty", PASS);
        inboxLoaded(robot);
    }

    /** The leads inbox loads as the workspace opens; closing the workspace under it would be an error dialog. */
    private static void inboxLoaded(FxRobot robot) throws Exception {
        UiWait.until(() -> robot.lookup("No leads match these filters.").tryQuery().isPresent());
    }

    @SuppressWarnings("unchecked")
    private static ListView<ConflictItem> conflictList(FxRobot robot) {
        return robot.lookup("#conflict-list").queryAs(ListView.class);
    }

    private static boolean showing(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void theSyncInboxResolvesConflictsAndDismissesRejections(FxRobot robot) throws Exception {
        sync.conflicts.add(amount);
        sync.conflicts.add(stage);
        sync.rejections.add(refused);
        sync.held.add(FakeSync.held("annualRevenue: must be a number"));
        createEmptyWorkspace(robot);
        UiWait.until(() -> showing(robot, "#sync-badge")
                && "2".equals(robot.lookup("#sync-badge").queryAs(Label.class).getText()));
        assertTrue(context.shell().syncStatusProperty().get().endsWith("2 conflicts to review"));

        robot.clickOn("#sync-status"); // with conflicts waiting, the status bar leads to the inbox
        UiWait.until(() -> conflictList(robot).getItems().size() == 2);
        robot.clickOn(robot.lookup(".keep-theirs").nth(0).queryButton());
        UiWait.until(() -> conflictList(robot).getItems().size() == 1);
        assertEquals("12000", sync.resolved.get(amount.id()));
        UiWait.until(() -> "1".equals(robot.lookup("#sync-badge").queryAs(Label.class).getText()));
        assertTrue(robot.lookup("Conflicts (1)").tryQuery().isPresent());

        robot.clickOn(robot.lookup(".edit-value").nth(0).queryButton());
        UiWait.until(() -> robot.lookup(".dialog-pane .text-field").tryQuery().isPresent());
        TextField value = robot.lookup(".dialog-pane .text-field").queryAs(TextField.class);
        assertEquals("CLOSED_WON", value.getText(), "prefilled with mine");
        robot.clickOn(value).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("CLOSED_LOST");
        robot.type(KeyCode.ENTER);
        UiWait.until(() -> robot.lookup("No conflicts: every change merged cleanly.").tryQuery().isPresent());
        assertEquals("CLOSED_LOST", sync.resolved.get(stage.id()));
        UiWait.until(() -> !showing(robot, "#sync-badge"));

        robot.clickOn("Rejected changes (1)");
        UiWait.clickShown(robot, "The record belongs to team West, outside your teams.");
        assertTrue(robot.lookup("#rejection-details").queryTextInputControl().getText().contains("\"teamId\""));
        robot.clickOn("#dismiss-rejection");
        UiWait.until(() -> robot.lookup("#rejection-table").queryAs(TableView.class).getItems().isEmpty());
        assertTrue(sync.rejections.isEmpty());

        robot.clickOn("Held back (1)"); // a record from the server that does not fit: shown, with its reason
        UiWait.until(() -> robot.lookup("annualRevenue: must be a number").tryQuery().isPresent());
        assertEquals(1, robot.lookup("#held-table").queryAs(TableView.class).getItems().size());
    }

    @Test
    void settingsShowsTheConnectFormAndThenTheConnection(FxRobot robot) throws Exception {
        createEmptyWorkspace(robot);
        robot.clickOn("#sync-status"); // no conflicts: the status bar leads to Settings → Team server
        UiWait.until(() -> showing(robot, "#connect-form"));
        assertEquals("http://localhost:8470", robot.lookup("#server-url").queryTextInputControl().getText());
        robot.clickOn("#server-connect");
        assertTrue(robot.lookup("#server-error").queryAs(Label.class).getText().contains("email"));
        robot.clickOn("#server-email").write("rita@acme.com");
        robot.clickOn("#server-password").write("team password");
        robot.clickOn("#server-connect");
        UiWait.until(() -> showing(robot, "#connected-box") && !showing(robot, "#connect-form"));
        assertEquals("connect http://localhost:8470 rita@acme.com team password", sync.calls.get(0));
        assertEquals("http://localhost:8470", robot.lookup("#link-server").queryAs(Label.class).getText());
        UiWait.until(() -> context.shell().syncStatusProperty().get().startsWith("Synced at "));

        sync.emit(new SyncStatus(SyncStatus.State.OFFLINE, 3, "The team server cannot be reached; retrying.", Instant.now()));
        UiWait.until(() -> "Offline, retrying: 3 changes queued".equals(context.shell().syncStatusProperty().get()));
    }

    /** First run: "Connect to a team server" with the default URL. */
    private static void startFromTeamServer(FxRobot robot) {
        robot.clickOn("#choice-server");
        robot.clickOn("#gate-server-email").write("rita@acme.com");
        robot.clickOn("#gate-server-password").write("team password");
        robot.clickOn("#passphrase").write(PASS);
        robot.clickOn("#confirmation").write(PASS);
        robot.clickOn("#gate-submit");
    }

    @Test
    void firstRunCanStartFromATeamServer(FxRobot robot) throws Exception {
        startFromTeamServer(robot);
        UiWait.until(() -> !robot.lookup("#nav-leads").query().isDisabled());
        assertEquals("connect http://localhost:8470 rita@acme.com team password", sync.calls.get(0));
        UiWait.until(() -> context.shell().syncStatusProperty().get().startsWith("Synced at "));
        inboxLoaded(robot);
    }

    @Test
    void aFirstRunWhoseConnectFailsStillOpensTheWorkspaceAndSaysSo(FxRobot robot) throws Exception {
        sync.failure = new com.nexuscrm.sync.SyncException(com.nexuscrm.sync.SyncException.Kind.OFFLINE,
                "The team server at http://localhost:8470 cannot be reached.", null);
        startFromTeamServer(robot);
        UiWait.until(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        String said = robot.lookup(".dialog-pane .content").queryAs(Label.class).getText();
        assertTrue(said.contains("cannot be reached") && said.contains("local workspace"), said);
        robot.type(KeyCode.ENTER);
        inboxLoaded(robot);
    }
}
