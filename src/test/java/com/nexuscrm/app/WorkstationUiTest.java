package com.nexuscrm.app;

import com.nexuscrm.usecase.EmptyWorkspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Lead;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.testing.Leads;
import com.nexuscrm.ui.common.FxDialogService;
import com.nexuscrm.ui.common.FxTaskExecutor;
import com.nexuscrm.ui.leads.LeadItem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Scene;
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
import org.testfx.util.WaitForAsyncUtils;

/** The shell and the leads inbox, headless through Monocle, on real encrypted workspaces. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class WorkstationUiTest {
    private static final String PASS = "ui-test-passphrase";

    @TempDir
    static Path root;
    private static int counter;
    private Path folder;
    private AppContext context;
    private Stage stage;
    private MemoryTheme theme;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        folder = root.resolve("ws" + (++counter));
        theme = new MemoryTheme();
        context = new AppContext(folder, new FxTaskExecutor(), new FxDialogService(stage), theme,
                (store, progress) -> seedLeads(store, 240));
        var shell = new com.nexuscrm.ui.shell.ShellView(context.shell(), context);
        stage.setScene(new Scene(shell.root(), 1280, 800));
        stage.show();
        shell.showGate();
    }

    @AfterEach
    void closeWorkspace() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> context.close()).get();
    }

    static void seedLeads(WorkspaceStore store, int count) {
        EmptyWorkspace.seed(store, com.nexuscrm.domain.Progress.NONE);
        List<Lead> leads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Lead lead = Leads.lead("Person" + i, i % 10 == 0 ? "Zebra" + i : "Smith" + i, "Company" + (i % 7));
            leads.add(lead);
        }
        store.leads().saveAll(leads);
    }

    private void createWorkspace(FxRobot robot, boolean sample) throws Exception {
        ScreenWindow.create(robot, sample ? "#choice-sample" : "#choice-empty", PASS);
    }

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        UiWait.until(condition);
    }

    private static void replaceText(FxRobot robot, String query, String text) {
        robot.clickOn(query).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write(text);
    }

    @SuppressWarnings("unchecked")
    private static boolean scoresShown(FxRobot robot) {
        TableView<LeadItem> table = table(robot);
        var score = (javafx.scene.control.TableColumn<LeadItem, com.nexuscrm.domain.LeadRow>) table.getColumns().get(0);
        for (int i = 0; i < table.getItems().size(); i++) {
            if (score.getCellData(i).score() == null) {
                return false;
            }
        }
        return true;
    }

    private static TableView<LeadItem> table(FxRobot robot) {
        return robot.lookup(".table-view").queryAs(TableView.class);
    }

    @Test
    void firstRunCreatesAnEmptyWorkspaceAndOpensTheInbox(FxRobot robot) throws Exception {
        assertTrue(robot.lookup("Welcome to NexusCRM").tryQuery().isPresent());
        assertTrue(robot.lookup("#nav-leads").query().isDisabled(), "sidebar locked before unlock");
        createWorkspace(robot, false);
        waitUntil(() -> !robot.lookup("#nav-leads").query().isDisabled());
        assertTrue(WorkspaceStore.exists(folder));
        waitUntil(() -> robot.lookup("No leads match these filters.").tryQuery().isPresent());
        robot.clickOn("#nav-campaigns");
        waitUntil(() -> robot.lookup("#campaigns-empty").queryAs(Label.class).getText()
                .startsWith("No campaigns in this workspace yet."));
        robot.clickOn("#nav-team");
        waitUntil(() -> robot.lookup("My team").tryQuery().isPresent());
    }

    @Test
    void mismatchedPassphrasesAreRefusedInPlace(FxRobot robot) {
        robot.clickOn("#choice-empty");
        robot.clickOn("#passphrase").write(PASS);
        robot.clickOn("#confirmation").write(PASS + "x");
        robot.clickOn("#gate-submit");
        Label error = robot.lookup("#gate-error").queryAs(Label.class);
        assertTrue(error.getText().contains("differ"), error.getText());
        assertFalse(WorkspaceStore.exists(folder));
    }

    @Test
    void inboxSearchesFiltersAssignsAndEdits(FxRobot robot) throws Exception {
        createWorkspace(robot, true);
        waitUntil(() -> table(robot).getItems().size() == 240);
        // Scores arrive in the background and redraw the rows once; clicking a row as it is redrawn misses.
        waitUntil(() -> scoresShown(robot));

        robot.clickOn("#nav-leads");
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL).write("zebra");
        waitUntil(() -> table(robot).getItems().size() == 24);

        UiWait.clickShown(robot, "Person10 Zebra10");
        robot.press(KeyCode.SHIFT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.SHIFT);
        assertEquals(2, table(robot).getSelectionModel().getSelectedItems().size());
        robot.clickOn("Assign to");
        String me = context.shell().workspaceLabelProperty().get().split("  ·  ")[1];
        robot.clickOn(me);
        waitUntil(() -> robot.lookup(".table-view").queryAs(TableView.class).getItems().stream()
                .filter(i -> ((LeadItem) i).row().ownerId() != null).count() == 2);

        UiWait.clickShown(robot, "Person10 Zebra10");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> "Person10 Zebra10".equals(robot.lookup("#leadHeading").queryAs(Label.class).getText()));
        replaceText(robot, "#lead-email", "not-an-email");
        robot.clickOn("Save");
        Label error = robot.lookup("#error-email").queryAs(Label.class);
        assertTrue(error.isVisible() && error.getText().contains("not a valid email"), error.getText());

        replaceText(robot, "#lead-email", "zebra10@company3.com");
        robot.clickOn("Save");
        waitUntil(() -> !robot.lookup("#error-email").queryAs(Label.class).isVisible());
        waitUntil(() -> "zebra10@company3.com".equals(context.sessionStore().leads().findAll().stream()
                .filter(l -> "Zebra10".equals(l.getLastName())).findFirst().orElseThrow().getEmail()));
    }

    @Test
    void importDialogPreviewsMapsAndImportsWithAReport(FxRobot robot) throws Exception {
        createWorkspace(robot, false);
        waitUntil(() -> !robot.lookup("#nav-leads").query().isDisabled());
        Path csv = root.resolve("dialog-import.csv");
        java.nio.file.Files.writeString(csv, "Surname;Given name;Mail\nLovelace;Ada;ada@engines.org\n"
                + "Hopper;Grace;not an email\nTuring;Alan;alan@bletchley.uk\n");
        var tasks = new FxTaskExecutor();
        WaitForAsyncUtils.asyncFx(() -> new com.nexuscrm.ui.transfer.ImportWindow(context,
                () -> new com.nexuscrm.ui.transfer.ImportViewModel(
                        new com.nexuscrm.transfer.CsvImporter(context.sessionStore()::repository),
                        com.nexuscrm.transfer.RecordKind.LEADS, tasks, () -> { }))
                .show(stage, csv.toFile())).get();
        waitUntil(() -> !robot.lookup("#import-run").query().isDisabled());
        robot.clickOn("#import-run");
        waitUntil(() -> robot.lookup("#import-result").queryAs(Label.class).getText().startsWith("imported 2, rejected 1"));
        assertEquals(2, context.sessionStore().leads().count());
        assertTrue(java.nio.file.Files.exists(root.resolve("dialog-import.rejected.csv")));
    }

    @Test
    void ctrlNStartsANewLeadThatSavesAfterValidationAndThemeSwitchIsRemembered(FxRobot robot) throws Exception {
        createWorkspace(robot, false);
        waitUntil(() -> robot.lookup("No leads match these filters.").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> "New lead".equals(robot.lookup("#leadHeading").queryAs(Label.class).getText()));
        robot.write("Marie");
        robot.clickOn("Save");
        assertTrue(robot.lookup("#error-lastName").queryAs(Label.class).getText().contains("required"));
        robot.clickOn("#lead-lastName").write("Curie");
        robot.clickOn("#lead-email").write("marie@radium.fr");
        robot.clickOn("Save");
        waitUntil(() -> table(robot).getItems().size() == 1);
        assertEquals("Marie Curie", table(robot).getItems().get(0).row().fullName());
        waitUntil(() -> context.shell().syncStatusProperty().get().contains("1 change waiting"));

        robot.clickOn("#nav-settings");
        waitUntil(() -> robot.lookup("#theme-dark").tryQuery().isPresent());
        robot.clickOn("#theme-dark");
        waitUntil(() -> theme.isDark());
    }
}
