package com.nexuscrm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.RecordRef;
import com.nexuscrm.sample.SampleWorkspace;
import com.nexuscrm.storage.StoredSampleSink;
import com.nexuscrm.ui.leads.LeadItem;
import com.nexuscrm.ui.today.TodayRow;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
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
 * Today in the real window on a sample workspace made for this moment (so its tasks and meetings fall on the
 * sample user's today): Space completes a task in place, Enter opens a lead selected in the inbox. With
 * {@code -Dnexus.screenshot.today=FILE} it also saves the screen as a PNG.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class TodayScreenTest {
    private static final String PASS = "today-screen-passphrase";

    @TempDir
    static Path root;
    private AppContext context;

    @Start
    void start(Stage window) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        context = ScreenWindow.open(window, root.resolve("ws"), (store, progress) ->
                new SampleWorkspace(42, now).generate(new StoredSampleSink(store), 2000, progress));
    }

    @AfterEach
    void closeWorkspace() throws Exception {
        ScreenWindow.close(context);
    }

    @SuppressWarnings("unchecked")
    private static ListView<TodayRow> today(FxRobot robot) {
        return robot.lookup("#today-list").queryAs(ListView.class);
    }

    private static String tasksCount(FxRobot robot) {
        return robot.lookup("#today-count-tasks").queryAs(Label.class).getText();
    }

    private static List<TodayRow> rows(FxRobot robot) {
        return List.copyOf(today(robot).getItems());
    }

    private static void select(FxRobot robot, TodayRow row) {
        robot.interact(() -> {
            today(robot).requestFocus();
            today(robot).getSelectionModel().select(row);
        });
    }

    @Test
    void aTaskIsCompletedInPlaceAndALeadOpensSelectedInTheInbox(FxRobot robot) throws Exception {
        ScreenWindow.create(robot, "#choice-sample", PASS);
        UiWait.until(() -> robot.lookup("#table").tryQuery().isPresent()
                && !robot.lookup("#table").queryAs(TableView.class).getItems().isEmpty());

        robot.clickOn("#nav-today");
        UiWait.until(() -> rows(robot).stream().filter(TodayRow::isTask).count() >= 2);
        List<TodayRow> tasks = rows(robot).stream().filter(TodayRow::isTask).toList();
        assertEquals(String.valueOf(tasks.size()), tasksCount(robot));
        assertTrue(rows(robot).stream().anyMatch(r -> r.group() == TodayRow.Group.MEETINGS && r.kind() == TodayRow.Kind.ITEM));
        String shot = System.getProperty("nexus.screenshot.today");
        if (shot != null) {
            Screenshots.save(today(robot).getScene(), Path.of(shot));
        }

        TodayRow done = tasks.get(0);
        int before = rows(robot).size();
        select(robot, done);
        robot.type(KeyCode.SPACE);
        UiWait.until(() -> !rows(robot).contains(done));
        assertEquals(String.valueOf(tasks.size() - 1), tasksCount(robot));
        assertEquals(before - 1, rows(robot).size(), "only the completed row left the list");
        assertEquals(tasks.get(1), rows(robot).get(1), "the next task moved up in place");
        assertTrue(context.sessionStore().activities().find(done.taskId()).orElseThrow().isDone());
        assertEquals(tasks.get(1), today(robot).getSelectionModel().getSelectedItem(), "the row that took its place is selected");

        TodayRow lead = rows(robot).stream().filter(r -> !r.isTask() && r.opens() != null
                && r.opens().kind() == RecordRef.Kind.LEAD).findFirst().orElseThrow();
        UUID leadId = lead.opens().id();
        select(robot, lead);
        robot.type(KeyCode.ENTER);
        UiWait.until(() -> inboxSelection(robot) != null && inboxSelection(robot).row().id().equals(leadId));
        assertTrue(robot.lookup("#nav-leads").queryAs(javafx.scene.control.ToggleButton.class).isSelected());
    }

    @SuppressWarnings("unchecked")
    private static LeadItem inboxSelection(FxRobot robot) {
        return robot.lookup("#table").tryQuery().map(t -> ((TableView<LeadItem>) t).getSelectionModel().getSelectedItem())
                .orElse(null);
    }
}
