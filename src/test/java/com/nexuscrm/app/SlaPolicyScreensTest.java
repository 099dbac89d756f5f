package com.nexuscrm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.routing.SlaPolicy;
import com.nexuscrm.storage.StoredDirectory;
import com.nexuscrm.ui.common.FxDialogService;
import com.nexuscrm.ui.common.FxTaskExecutor;
import com.nexuscrm.ui.shell.ShellView;
import com.nexuscrm.usecase.EmptyWorkspace;
import com.nexuscrm.usecase.LeadServices;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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
 * The window: Settings → SLA policy edited from the keyboard (a working day off with Space, hours typed, a holiday
 * typed into the date field and added with Enter); a broken value is named and nothing saved; Save makes it the
 * team's policy, which the SLA clock then reads.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SlaPolicyScreensTest {
    private static final String PASS = "sla-policy-screens";

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

    @Test
    void aManagerSetsTheTeamsSlaPolicyFromTheKeyboard(FxRobot robot) throws Exception {
        ScreenWindow.create(robot, "#choice-empty", PASS);
        UiWait.until(() -> !robot.lookup("#nav-settings").query().isDisabled());
        robot.clickOn("#nav-settings");
        UiWait.until(() -> robot.lookup("#sla-start").tryQuery().map(n -> !n.isDisabled()).orElse(false));

        retype(robot, "#sla-end", "25");
        robot.clickOn("#sla-save");
        UiWait.until(() -> text(robot, "#sla-error").contains("Working hours, to"));

        retype(robot, "#sla-end", "18");
        retype(robot, "#sla-start", "8");
        robot.interact(() -> robot.lookup("#sla-day-friday").query().requestFocus());
        robot.push(KeyCode.SPACE);
        DatePicker date = robot.lookup("#sla-new-holiday").queryAs(DatePicker.class);
        robot.interact(() -> date.getEditor().requestFocus());
        robot.interact(() -> date.getEditor().setText(date.getConverter().toString(LocalDate.of(2026, 12, 24))));
        robot.push(KeyCode.ENTER);
        ListView<?> holidays = robot.lookup("#sla-holidays").queryAs(ListView.class);
        UiWait.until(() -> holidays.getItems().size() == 1);
        robot.interact(() -> robot.lookup("#sla-save").query().requestFocus());
        robot.push(KeyCode.ENTER);
        UiWait.until(() -> robot.lookup("#sla-notice").tryQuery().map(n -> ((Label) n).getText().startsWith("Saved.")).orElse(false));

        SlaPolicy saved = LeadServices.slaPolicy(context.sessionStore(), new StoredDirectory(context.sessionStore())).get();
        assertEquals(8, saved.startHour());
        assertEquals(18, saved.endHour());
        assertFalse(saved.workdays().contains(DayOfWeek.FRIDAY));
        assertTrue(saved.holidays().contains(LocalDate.of(2026, 12, 24)));
        assertEquals("", text(robot, "#sla-error"));
    }
}
