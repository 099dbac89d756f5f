package com.nexuscrm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Progress;
import com.nexuscrm.ui.common.FxDialogService;
import com.nexuscrm.ui.common.FxTaskExecutor;
import com.nexuscrm.ui.shell.ShellView;
import com.nexuscrm.usecase.CampaignSending;
import com.nexuscrm.usecase.CampaignSendingSettings;
import com.nexuscrm.usecase.EmptyWorkspace;
import com.nexuscrm.usecase.Workspace;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window: Settings ▸ Campaigns is off by default; a bad SMTP port typed is refused naming the field and nothing is
 * saved; fixed, the settings and the switch are saved in the workspace.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class CampaignSettingsScreenTest {
    private static final String PASS = "campaign-settings-screen";

    @TempDir
    static Path root;
    private static int counter;
    private AppContext context;

    @Start
    void start(Stage stage) {
        context = new AppContext(root.resolve("ws" + (++counter)), new FxTaskExecutor(), new FxDialogService(stage),
                new MemoryTheme(), (store, progress) -> EmptyWorkspace.seed(store, Progress.NONE));
        ShellView shell = new ShellView(context.shell(), context);
        stage.setScene(new Scene(shell.root(), 1280, 800));
        stage.show();
        shell.showGate();
    }

    @AfterEach
    void closeWorkspace() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> context.close()).get();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void retype(FxRobot robot, String query, String value) {
        robot.interact(() -> PicklistScreensTest.scrollTo(robot.lookup(query).query()));
        robot.clickOn(query);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write(value);
    }

    private static void press(FxRobot robot, String query) {
        robot.interact(() -> PicklistScreensTest.scrollTo(robot.lookup(query).query()));
        robot.clickOn(query);
    }

    @Test
    void aBadPortIsNamedAndGoodSettingsAreSavedWithTheSwitch(FxRobot robot) throws Exception {
        ScreenWindow.create(robot, "#choice-empty", PASS);
        UiWait.until(() -> !robot.lookup("#nav-settings").query().isDisabled());
        robot.clickOn("#nav-settings");
        UiWait.until(() -> robot.lookup("#campaigns-smtp-port").tryQuery()
                .map(n -> "587".equals(((javafx.scene.control.TextField) n).getText())).orElse(false));
        assertTrue(!robot.lookup("#campaigns-send").queryAs(CheckBox.class).isSelected(), "off by default");
        assertTrue(text(robot, "#campaigns-status").startsWith("Not run yet"), text(robot, "#campaigns-status"));

        retype(robot, "#campaigns-smtp-host", "smtp.example.com");
        retype(robot, "#campaigns-smtp-port", "99999");
        retype(robot, "#campaigns-from", "campaigns@example.com");
        retype(robot, "#campaigns-unsubscribe-url", "https://example.com/unsubscribe");
        press(robot, "#campaigns-save");
        UiWait.until(() -> text(robot, "#campaigns-error").startsWith("SMTP port: must be from 1 to 65535, not 99999."));
        CampaignSending sending = new CampaignSending(Workspace.over(context.sessionStore()));
        assertEquals(CampaignSendingSettings.NONE, sending.load(), "nothing saved");

        retype(robot, "#campaigns-smtp-port", "2525");
        press(robot, "#campaigns-send");
        press(robot, "#campaigns-save");
        UiWait.until(() -> text(robot, "#campaigns-notice").startsWith("Saved."));
        assertEquals("", text(robot, "#campaigns-error"));
        CampaignSendingSettings saved = sending.load();
        assertEquals(2525, saved.smtp().port());
        assertTrue(saved.sendFromWorkstation());
    }

    @Test
    void theLearningSwitchIsSavedWithItsFloorAndAFloorOver50IsRefused(FxRobot robot) throws Exception {
        ScreenWindow.create(robot, "#choice-empty", PASS);
        UiWait.until(() -> !robot.lookup("#nav-settings").query().isDisabled());
        robot.clickOn("#nav-settings");
        UiWait.until(() -> robot.lookup("#campaigns-exploration-floor").tryQuery()
                .map(n -> "10".equals(((javafx.scene.control.TextField) n).getText())).orElse(false));
        assertTrue(!robot.lookup("#campaigns-optimise").queryAs(CheckBox.class).isSelected(), "off by default");
        assertTrue(robot.lookup("#campaigns-exploration-floor").query().isDisabled(), "the floor waits for the switch");
        assertTrue(text(robot, "#campaigns-optimise-help").startsWith("Thompson sampling on the replies so far"));
        CampaignSending sending = new CampaignSending(Workspace.over(context.sessionStore()));

        press(robot, "#campaigns-optimise");
        retype(robot, "#campaigns-exploration-floor", "60");
        press(robot, "#campaigns-save");
        UiWait.until(() -> text(robot, "#campaigns-error").startsWith("Exploration floor: must be a per cent from 0 to 50"));
        assertTrue(!sending.optimisation().enabled(), "nothing saved");

        retype(robot, "#campaigns-exploration-floor", "25");
        press(robot, "#campaigns-save");
        UiWait.until(() -> text(robot, "#campaigns-notice").startsWith("Saved."));
        assertTrue(sending.optimisation().enabled());
        assertEquals(0.25, sending.optimisation().explorationFloor(), 1e-9);
    }
}
