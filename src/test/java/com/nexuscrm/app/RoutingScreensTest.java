package com.nexuscrm.app;

import com.nexuscrm.usecase.EmptyWorkspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.routing.RoutingRules;
import com.nexuscrm.storage.StoredRoutingRules;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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

/** Settings → Lead routing and the Team screen's SLA column in the real window. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class RoutingScreensTest {
    private static final String PASS = "routing-screens-passphrase";

    @TempDir
    static Path root;
    private AppContext context;

    @Start
    void start(Stage window) {
        context = ScreenWindow.open(window, root.resolve("ws"), EmptyWorkspace::seed);
    }

    @AfterEach
    void closeWorkspace() throws Exception {
        ScreenWindow.close(context);
    }

    private static boolean showing(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void rulesAreEditedInSettingsAndTheTeamShowsBreaches(FxRobot robot) throws Exception {
        ScreenWindow.create(robot, "#choice-empty", PASS);
        UiWait.until(() -> robot.lookup("No leads match these filters.").tryQuery().isPresent());

        robot.clickOn("#nav-settings");
        UiWait.until(() -> robot.lookup("#routing-rules").queryAs(TableView.class).getItems().size() == 3);
        // the section is below Team server, with SLA policy under it
        robot.interact(() -> PicklistScreensTest.scrollTo(robot.lookup("#routing-nurture").query()));
        robot.doubleClickOn("#routing-nurture").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("fifty");
        robot.clickOn("#routing-save");
        UiWait.until(() -> showing(robot, "#routing-error"));
        assertEquals("Nurture threshold: 'fifty' is not a whole number; enter a score from 0 to 100 (0: no nurture)",
                robot.lookup("#routing-error").queryAs(Label.class).getText());

        robot.doubleClickOn("#routing-nurture").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("40");
        robot.clickOn("#routing-save");
        UiWait.until(() -> showing(robot, "#routing-notice") && !showing(robot, "#routing-error"));
        assertEquals(40, new StoredRoutingRules(context.sessionStore()).rules().nurtureBelow());
        assertEquals(RoutingRules.defaults().rules(), new StoredRoutingRules(context.sessionStore()).rules().rules());

        robot.clickOn("#nav-team");
        UiWait.until(() -> robot.lookup("SLA breaches (30 days)").tryQuery().isPresent());
        assertTrue(robot.lookup("#team-members").queryAs(TableView.class).getItems().size() >= 1);
    }
}
