package com.nexuscrm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.LeadRow;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.sample.SampleWorkspace;
import com.nexuscrm.storage.StoredSampleSink;
import com.nexuscrm.ui.leads.LeadItem;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import java.util.ArrayList;
import java.util.List;
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

/**
 * Scores in the real window, with the real default model: the sample workspace is scored in the
 * background after it opens, a lead's panel explains its score, editing the title shows a what-if before
 * saving, and Settings → Lead scoring shows the model in use.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ScoringScreensTest {
    private static final String PASS = "scoring-screens-passphrase";

    @TempDir
    static Path root;
    private AppContext context;

    @Start
    void start(Stage window) {
        context = ScreenWindow.open(window, root.resolve("ws"), (store, progress) ->
                new SampleWorkspace(42, SampleWorkspace.DEFAULT_REFERENCE_NOW).generate(new StoredSampleSink(store), 400, Progress.NONE));
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
    private static TableColumn<LeadItem, LeadRow> scoreColumn(FxRobot robot) {
        return (TableColumn<LeadItem, LeadRow>) inbox(robot).getColumns().get(0);
    }

    private static List<Integer> shownScores(FxRobot robot) {
        TableColumn<LeadItem, LeadRow> column = scoreColumn(robot);
        List<Integer> scores = new ArrayList<>();
        for (int i = 0; i < inbox(robot).getItems().size(); i++) {
            scores.add(column.getCellData(i).score());
        }
        return scores;
    }

    @Test
    void leadsAreScoredExplainedAndPreviewedBeforeSaving(FxRobot robot) throws Exception {
        ScreenWindow.create(robot, "#choice-sample", PASS);
        // Scores arrive after the list is shown and are filled in place: read what the Score column shows. Scoring the
        // sample's leads is real work, so the bound is one only a hung scorer reaches on a busy machine.
        UiWait.until(120, () -> !inbox(robot).getItems().isEmpty() && shownScores(robot).stream().allMatch(s -> s != null));
        // Read on the FX thread: a lookup from the test thread races the window redrawing its rows.
        List<Integer> scores = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> shownScores(robot)).get();
        assertTrue(scores.stream().allMatch(s -> s >= 1 && s <= 99));
        int best = 0;
        for (int i = 1; i < scores.size(); i++) {
            if (scores.get(i) > scores.get(best)) {
                best = i;
            }
        }
        LeadRow first = scoreColumn(robot).getCellData(best);
        int row = best;
        robot.interact(() -> inbox(robot).getSelectionModel().select(row));
        UiWait.until(() -> showing(robot, "#lead-score") && !robot.lookup("#lead-score").queryAs(Label.class).getText().equals("…"));
        assertEquals(String.valueOf(first.score()), robot.lookup("#lead-score").queryAs(Label.class).getText());
        assertFalse(robot.lookup("#lead-score-factors").queryAs(javafx.scene.layout.VBox.class).getChildren().isEmpty());
        assertTrue(robot.lookup("#lead-score-version").queryAs(Label.class).getText().contains("leads-default"));

        String title = robot.lookup("#lead-title").queryAs(TextField.class).getText();
        String other = title.startsWith("Chief") ? "Marketing Intern" : "Chief Executive Officer";
        robot.clickOn("#lead-title").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write(other);
        UiWait.until(() -> showing(robot, "#lead-what-if"));
        assertTrue(robot.lookup("#lead-what-if").queryAs(Label.class).getText().startsWith("If saved: " + first.score() + " \u2192 "));

        robot.clickOn("#nav-settings"); // the what-if edit is not saved: leaving asks first
        UiWait.until(() -> robot.lookup("Discard").tryQuery().isPresent());
        robot.clickOn("Discard");
        UiWait.until(() -> robot.lookup("#scoring-active").queryAs(Label.class).getText().contains("default model"));
        assertFalse(robot.lookup("#scoring-reliability").queryAs(TableView.class).getItems().isEmpty());
    }
}
