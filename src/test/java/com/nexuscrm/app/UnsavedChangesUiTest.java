package com.nexuscrm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Lead;
import com.nexuscrm.ui.leads.LeadItem;
import com.nexuscrm.ui.shell.Section;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
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
 * Unsaved edits in the lead form are never dropped without a word: another row, another section and closing the
 * window each ask Save / Discard / Stay, on the real window over a real encrypted workspace.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class UnsavedChangesUiTest {
    private static final String PASS = "ui-test-passphrase";

    @TempDir
    Path root;
    private AppContext context;
    private Stage stage;

    @Start
    void start(Stage stage) {
        Platform.setImplicitExit(false); // the test closes the window; the toolkit must outlive it
        this.stage = stage;
        context = ScreenWindow.open(stage, root.resolve("ws"), (store, progress) -> WorkstationUiTest.seedLeads(store, 5));
    }

    @AfterEach
    void closeWorkspace() throws Exception {
        ScreenWindow.close(context);
    }

    @Test
    void selectionSectionAndWindowCloseAskBeforeDroppingEdits(FxRobot robot) throws Exception {
        ScreenWindow.create(robot, "#choice-sample", PASS); // the seeder given to the window: five leads
        until(() -> table(robot).getItems().size() == 5);

        // Another row, Stay: the form keeps the edit and its lead's row is selected again.
        open(robot, "Person1 Smith1");
        replaceText(robot, "#lead-title", "Head of Operations");
        clickText(robot, "Person2 Smith2");
        until(() -> prompt().contains("Your changes to Person1 Smith1 are not saved yet"));
        clickInPrompt(robot, "Stay");
        until(() -> !promptShowing());
        until(() -> "Person1 Smith1".equals(table(robot).getSelectionModel().getSelectedItem().row().fullName()));
        assertEquals("Person1 Smith1", heading(robot));
        assertEquals("Head of Operations", robot.lookup("#lead-title").queryAs(TextField.class).getText());

        // Another row, Discard: the other lead opens and nothing was stored.
        clickText(robot, "Person2 Smith2");
        until(() -> promptShowing());
        clickInPrompt(robot, "Discard");
        until(() -> "Person2 Smith2".equals(heading(robot)));
        assertEquals(null, stored("Smith1").getTitle());

        // Another section, Save: stored, then the section changes.
        replaceText(robot, "#lead-title", "CFO");
        robot.clickOn("#nav-team");
        until(() -> promptShowing());
        clickInPrompt(robot, "Save");
        until(() -> context.shell().sectionProperty().get() == Section.TEAM);
        until(() -> "CFO".equals(stored("Smith2").getTitle()));

        // Closing the window: Stay keeps it open with the edit, Save stores the edit and then closes it.
        robot.clickOn("#nav-leads");
        until(() -> table(robot).getItems().size() == 5);
        open(robot, "Person3 Smith3");
        replaceText(robot, "#lead-title", "Founder");
        closeWindow();
        until(() -> promptShowing());
        clickInPrompt(robot, "Stay");
        until(() -> !promptShowing());
        assertTrue(stage.isShowing(), "Stay keeps the window open");
        assertEquals("Founder", robot.lookup("#lead-title").queryAs(TextField.class).getText());
        closeWindow();
        until(() -> promptShowing());
        clickInPrompt(robot, "Save");
        until(() -> "Founder".equals(stored("Smith3").getTitle()));
        until(() -> !stage.isShowing());
    }

    private void open(FxRobot robot, String name) throws Exception {
        clickText(robot, name);
        until(() -> name.equals(heading(robot)));
    }

    /** Clicks the prompt's button (the lead form behind it has a Save button of its own). */
    private static void clickInPrompt(FxRobot robot, String button) {
        robot.clickOn(robot.lookup(".dialog-pane .button").match((javafx.scene.Node n) -> n instanceof javafx.scene.control.Button b
                && button.equals(b.getText()) && b.isVisible()).queryAs(javafx.scene.Node.class));
    }

    /** Clicks the node showing {@code text} once the table has drawn it (its items come before its cells). */
    private static void clickText(FxRobot robot, String text) throws Exception {
        UiWait.clickShown(robot, text);
    }

    private void closeWindow() {
        WaitForAsyncUtils.asyncFx(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
    }

    private Lead stored(String lastName) {
        return context.sessionStore().leads().findAll().stream().filter(l -> lastName.equals(l.getLastName()))
                .findFirst().orElseThrow();
    }

    private static boolean promptShowing() {
        return !prompt().isEmpty();
    }

    /** The text of the showing "Unsaved changes" question, or "". */
    private static String prompt() {
        for (Window window : Window.getWindows()) {
            if (window.isShowing() && window instanceof Stage s && "Unsaved changes".equals(s.getTitle())
                    && s.getScene().getRoot() instanceof DialogPane pane) {
                return pane.getContentText();
            }
        }
        return "";
    }

    private static String heading(FxRobot robot) {
        return robot.lookup("#leadHeading").queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static TableView<LeadItem> table(FxRobot robot) {
        return robot.lookup(".table-view").queryAs(TableView.class);
    }

    private static void replaceText(FxRobot robot, String query, String text) {
        robot.clickOn(query).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write(text);
    }

    private static void until(Callable<Boolean> condition) throws Exception {
        UiWait.until(condition);
    }
}
