package com.nexuscrm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.PicklistName;
import com.nexuscrm.domain.PicklistValue;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.ui.common.FxDialogService;
import com.nexuscrm.ui.common.FxTaskExecutor;
import com.nexuscrm.ui.shell.ShellView;
import com.nexuscrm.ui.transfer.ImportWindow;
import com.nexuscrm.ui.transfer.UnknownValueRow;
import com.nexuscrm.usecase.EmptyWorkspace;
import com.nexuscrm.usecase.TeamPicklists;
import com.nexuscrm.usecase.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
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
 * The window: the lead import dialog lists a source the team's list does not know, the person maps it to an
 * existing value, and the import uses that choice ("Web" is mapped by its synonym on its own); Settings →
 * Picklists adds a value for the team.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PicklistScreensTest {
    private static final String PASS = "picklist-screens";

    @TempDir
    static Path root;
    private static int counter;
    private AppContext context;
    private Stage window;

    @Start
    void start(Stage stage) {
        window = stage;
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

    private void open(FxRobot robot) throws Exception {
        ScreenWindow.create(robot, "#choice-empty", PASS);
        UiWait.until(() -> !robot.lookup("#nav-leads").query().isDisabled());
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anUnknownSourceIsMappedInTheImportDialog(FxRobot robot) throws Exception {
        open(robot);
        Path csv = Files.writeString(root.resolve("sources.csv"), """
                Last Name,Email,Source
                Lovelace,ada@engines.org,Web
                Hopper,grace@navy.mil,Radio ad
                Turing,alan@bletchley.uk,radio AD
                """);
        WaitForAsyncUtils.asyncFx(() -> new ImportWindow(context, context::leadImport).show(window, csv.toFile())).get();
        UiWait.until(() -> !robot.lookup("#import-run").query().isDisabled());
        robot.clickOn("#import-run");

        UiWait.until(() -> robot.lookup("#import-unknown-values").tryQuery().map(Node::isVisible).orElse(false));
        TableView<UnknownValueRow> unknown = robot.lookup("#import-unknown-values").queryAs(TableView.class);
        assertEquals(1, unknown.getItems().size(), "Web is known by its synonym; 'Radio ad' once, whatever its case");
        assertEquals("Radio ad", unknown.getItems().get(0).value().value());
        assertTrue(text(robot, "#import-result").startsWith("1 value is not in your team's lists."));
        UiWait.until(() -> robot.lookup("#import-unknown-values .combo-box").tryQuery().isPresent());
        ComboBox<UnknownValueRow.Choice> choice = robot.lookup("#import-unknown-values .combo-box").queryAs(ComboBox.class);
        robot.clickOn(choice);
        robot.clickOn("Map to Paid search");
        assertEquals("PAID_SEARCH", unknown.getItems().get(0).chosenProperty().get().key());

        robot.clickOn("#import-run");
        UiWait.until(() -> text(robot, "#import-result").startsWith("imported 3, rejected 0"));
        assertTrue(text(robot, "#import-result").contains("mapped: Web → Website (1 row), Radio ad → Paid search (2 rows)"),
                text(robot, "#import-result"));
        WorkspaceStore store = context.sessionStore();
        Map<String, String> sources = store.leads().findAll().stream()
                .collect(Collectors.toMap(Lead::getLastName, Lead::getSource));
        assertEquals(Map.of("Lovelace", "WEBSITE", "Hopper", "PAID_SEARCH", "Turing", "PAID_SEARCH"), sources);
        assertTrue(TeamPicklists.of(Workspace.over(store)).load(PicklistName.LEAD_SOURCE).match("Radio ad").isEmpty(),
                "a mapped value is not added to the list");
    }

    @Test
    void settingsAddsAValueToTheTeamsList(FxRobot robot) throws Exception {
        open(robot);
        robot.clickOn("#nav-settings");
        UiWait.until(() -> robot.lookup("#picklist-values").tryQuery().isPresent()
                && !robot.lookup("#picklist-values").queryAs(TableView.class).getItems().isEmpty());
        robot.interact(() -> scrollTo(robot.lookup("#picklist-choice").query()));
        robot.clickOn("#picklist-new").write("Podcast");
        robot.clickOn("#picklist-add");
        robot.clickOn("#picklist-save");
        UiWait.until(() -> text(robot, "#picklist-notice").startsWith("Lead source saved"));
        robot.interact(() -> scrollTo(robot.lookup("#picklist-choice").query()));
        robot.clickOn("#picklist-choice");
        robot.clickOn("Deal stage");
        UiWait.until(() -> robot.lookup("Closed won").tryQuery().isPresent());
        assertTrue(robot.lookup("Win %").tryQuery().map(Node::isVisible).orElse(false), "stages show their probability");
        var values = TeamPicklists.of(Workspace.over(context.sessionStore())).load(PicklistName.LEAD_SOURCE).values();
        PicklistValue last = values.get(values.size() - 1);
        assertEquals("Podcast", last.label());
        assertTrue(last.active());
    }

    /** Scrolls the page holding {@code node} so that it is in view (Settings is one long page). */
    static void scrollTo(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof ScrollPane page) {
                double y = page.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
                double room = page.getContent().getBoundsInLocal().getHeight() - page.getViewportBounds().getHeight();
                page.setVvalue(Math.min(1, Math.max(0, (y - 80) / Math.max(1, room))));
                return;
            }
        }
    }
}
