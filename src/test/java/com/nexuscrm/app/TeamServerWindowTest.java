package com.nexuscrm.app;

import com.nexuscrm.usecase.EmptyWorkspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Role;
import com.nexuscrm.server.ServerDatabase;
import com.nexuscrm.server.ServerTargets;
import com.nexuscrm.server.TeamServer;
import com.nexuscrm.ui.common.FxDialogService;
import com.nexuscrm.ui.common.FxTaskExecutor;
import com.nexuscrm.ui.shell.ShellView;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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

/** The window with its real background sync, connecting to a real team server on loopback (H2). */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class TeamServerWindowTest {
    private static final String PASS = "window-server-passphrase";
    private static final String PASSWORD = "rita's server password";

    @TempDir
    static Path root;
    private static int counter;
    private ServerTargets.Target target;
    private ServerDatabase db;
    private TeamServer server;
    private AppContext context;

    @Start
    void start(Stage window) throws Exception {
        target = ServerTargets.kinds().get(0).fresh();
        db = ServerDatabase.open(target.url());
        server = new TeamServer(db, Clock.systemUTC(), Duration.ofHours(1)).start("127.0.0.1", 0);
        server.accounts().addUser("rita@example.com", "Rita Levi", Role.REP, "East", PASSWORD.toCharArray());
        context = new AppContext(root.resolve("ws" + (++counter)), new FxTaskExecutor(), new FxDialogService(window),
                new MemoryTheme(), EmptyWorkspace::seed);
        ShellView shell = new ShellView(context.shell(), context);
        window.setScene(new Scene(shell.root(), 1280, 800));
        window.show();
        shell.showGate();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> context.close()).get();
        server.close();
        db.close();
        target.cleanup().close();
    }

    private String url() {
        return "http://127.0.0.1:" + server.port();
    }

    private static boolean showing(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    /** Scrolls Settings so the node is in view, as a user would; the page is longer than the window. */
    private static void reveal(FxRobot robot, String query) throws Exception {
        Node node = robot.lookup(query).query();
        WaitForAsyncUtils.asyncFx(() -> {
            for (Node n = node.getParent(); n != null; n = n.getParent()) {
                if (n instanceof javafx.scene.control.ScrollPane pane) {
                    double y = pane.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
                    double range = pane.getContent().getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
                    pane.setVvalue(range <= 0 ? 0 : Math.min(1, Math.max(0, (y - 100) / range)));
                    return;
                }
            }
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void replaceText(FxRobot robot, String query, String text) throws Exception {
        reveal(robot, query);
        robot.clickOn(query).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write(text);
    }

    @Test
    void settingsConnectsToTheTeamServerAndTheStatusTurnsSynced(FxRobot robot) throws Exception {
        ScreenWindow.create(robot, "#choice-empty", PASS);
        UiWait.until(() -> robot.lookup("No leads match these filters.").tryQuery().isPresent());
        UiWait.until(() -> context.shell().syncStatusProperty().get().startsWith("Local workspace"));

        robot.clickOn("#sync-status");
        UiWait.until(() -> showing(robot, "#connect-form"));
        replaceText(robot, "#server-url", url());
        robot.clickOn("#server-email").write("rita@example.com");
        robot.clickOn("#server-password").write("not the password");
        robot.clickOn("#server-connect");
        UiWait.until(() -> showing(robot, "#server-error"));
        String refused = robot.lookup("#server-error").queryAs(Label.class).getText();
        assertTrue(!refused.isBlank() && !refused.contains("Exception"), refused);
        assertTrue(showing(robot, "#connect-form"), "still not connected");

        replaceText(robot, "#server-password", PASSWORD);
        robot.clickOn("#server-connect");
        UiWait.until(() -> showing(robot, "#connected-box"));
        assertEquals(url(), robot.lookup("#link-server").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#link-user").queryAs(Label.class).getText().contains("Rita Levi"));
        UiWait.until(() -> context.shell().syncStatusProperty().get().startsWith("Synced at "));
    }

    @Test
    void firstRunConnectsANewWorkspaceWhichTakesTheServersUser(FxRobot robot) throws Exception {
        robot.clickOn("#choice-server");
        replaceText(robot, "#gate-server-url", url());
        robot.clickOn("#gate-server-email").write("rita@example.com");
        robot.clickOn("#gate-server-password").write(PASSWORD);
        robot.clickOn("#passphrase").write(PASS);
        robot.clickOn("#confirmation").write(PASS);
        robot.clickOn("#gate-submit");
        UiWait.until(() -> robot.lookup("No leads match these filters.").tryQuery().isPresent());
        assertTrue(context.shell().workspaceLabelProperty().get().endsWith("Rita Levi"),
                context.shell().workspaceLabelProperty().get());
        UiWait.until(() -> context.shell().syncStatusProperty().get().startsWith("Synced at "));
    }
}
