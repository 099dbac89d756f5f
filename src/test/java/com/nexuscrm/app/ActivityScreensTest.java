package com.nexuscrm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.LeadRow;
import com.nexuscrm.domain.LeadStatus;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.RecordRef;
import com.nexuscrm.sample.SampleWorkspace;
import com.nexuscrm.storage.StoredSampleSink;
import com.nexuscrm.ui.activity.TimelineItem;
import com.nexuscrm.ui.leads.LeadItem;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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

/**
 * Activities in the real window: on the sample workspace's leads inbox a rep selects a new lead, presses Ctrl+L,
 * logs a call with the keyboard and sees it on the lead's timeline, and the inbox row's SLA clock stops; a task
 * logged the same way is completed with Space and opened again with Space.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ActivityScreensTest {
    private static final String PASS = "activity-screens-passphrase";

    @TempDir
    static Path root;
    private static int counter;
    private AppContext context;

    @Start
    void start(Stage window) {
        context = ScreenWindow.open(window, root.resolve("ws" + (++counter)), (store, progress) ->
                new SampleWorkspace(42, SampleWorkspace.DEFAULT_REFERENCE_NOW).generate(new StoredSampleSink(store), 300, Progress.NONE));
    }

    @AfterEach
    void closeWorkspace() throws Exception {
        ScreenWindow.close(context);
    }

    private static boolean showing(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    @SuppressWarnings("unchecked")
    private static TableView<LeadItem> inbox(FxRobot robot) {
        return robot.lookup("#table").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private static ListView<TimelineItem> timeline(FxRobot robot) {
        return robot.lookup("#timeline-list").queryAs(ListView.class);
    }

    private static List<String> timelineSubjects(FxRobot robot) {
        return timeline(robot).getItems().stream().map(TimelineItem::subject).toList();
    }

    /** Opens the sample workspace and selects a New lead nobody has answered yet; returns its id. */
    private UUID openAnUnansweredLead(FxRobot robot) throws Exception {
        ScreenWindow.create(robot, "#choice-sample", PASS);
        UiWait.until(() -> !inbox(robot).getItems().isEmpty());
        int row = -1;
        for (int i = 0; i < inbox(robot).getItems().size() && row < 0; i++) {
            LeadRow lead = inbox(robot).getItems().get(i).row();
            if (lead.status() == LeadStatus.NEW && lead.firstResponseAt() == null) {
                row = i;
            }
        }
        assertTrue(row >= 0, "the sample has a new lead nobody answered");
        int chosen = row;
        robot.interact(() -> {
            inbox(robot).getSelectionModel().clearAndSelect(chosen);
            inbox(robot).scrollTo(chosen);
            inbox(robot).requestFocus();
        });
        UUID id = inbox(robot).getItems().get(chosen).row().id();
        UiWait.until(() -> showing(robot, "#lead-lastName") && robot.lookup("#timeline-log").query().isDisabled() == false);
        return id;
    }

    private static void pressLogShortcut(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        UiWait.until(() -> showing(robot, "#log-form") && robot.lookup("#log-subject").query().isFocused());
    }

    @Test
    void aCallLoggedWithCtrlLShowsOnTheTimelineAndStopsTheSlaClock(FxRobot robot) throws Exception {
        UUID lead = openAnUnansweredLead(robot);
        pressLogShortcut(robot);
        assertEquals("Activity", robot.lookup(".tab-pane").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getText());
        robot.write("Intro call from the inbox");
        robot.clickOn("#log-notes").write("Wants pricing for 40 seats");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);

        UiWait.until(() -> timelineSubjects(robot).contains("Intro call from the inbox") && !showing(robot, "#log-form"));
        assertEquals("Intro call from the inbox", timelineSubjects(robot).get(0));
        List<Activity> stored = context.sessionStore().activities().timeline(RecordRef.lead(lead), Set.of(), 0, 5);
        assertEquals("Intro call from the inbox", stored.get(0).getSubject());
        assertEquals(ActivityType.CALL, stored.get(0).getType());
        assertEquals("Wants pricing for 40 seats", stored.get(0).getBody());
        assertNotNull(context.sessionStore().leads().row(lead).firstResponseAt());
        // The inbox row is read again: its SLA clock has stopped without a reload.
        UiWait.until(() -> inbox(robot).getItems().stream()
                .filter(i -> i.row().id().equals(lead)).findFirst().orElseThrow().row().firstResponseAt() != null);
        assertTrue(robot.lookup("#timeline-summary").queryAs(Label.class).getText().startsWith("1 of 1"),
                robot.lookup("#timeline-summary").queryAs(Label.class).getText());
    }

    @Test
    void aTaskIsCompletedWithSpaceAndOpenedAgainWithSpace(FxRobot robot) throws Exception {
        UUID lead = openAnUnansweredLead(robot);
        pressLogShortcut(robot);
        robot.press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT); // back to the type box
        robot.write("t");
        UiWait.until(() -> showing(robot, "#log-priority"));
        robot.clickOn("#log-subject").write("Send the proposal");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        UiWait.until(() -> timelineSubjects(robot).contains("Send the proposal") && !showing(robot, "#log-form"));
        Activity task = context.sessionStore().activities().timeline(RecordRef.lead(lead), Set.of(ActivityType.TASK), 0, 1).get(0);
        assertEquals("Send the proposal", task.getSubject());
        assertTrue(!task.isDone());

        int row = timelineSubjects(robot).indexOf("Send the proposal");
        robot.interact(() -> {
            timeline(robot).getSelectionModel().clearAndSelect(row);
            timeline(robot).requestFocus();
        });
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        UiWait.until(() -> timeline(robot).getItems().get(row).done());
        assertTrue(context.sessionStore().activities().find(task.getId()).orElseThrow().isDone());
        assertNotNull(context.sessionStore().activities().find(task.getId()).orElseThrow().getCompletedAt());

        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        UiWait.until(() -> !timeline(robot).getItems().get(row).done());
        assertTrue(!context.sessionStore().activities().find(task.getId()).orElseThrow().isDone());
        // A typed subject in the lead form was not touched by any of this.
        assertTrue(robot.lookup("#lead-lastName").queryAs(TextField.class).getText().length() > 0);
    }
}
