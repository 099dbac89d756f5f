package com.nexuscrm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.AccountRow;
import com.nexuscrm.domain.HistoryKind;
import com.nexuscrm.domain.TicketSummary;
import com.nexuscrm.testing.AccountHistorySeed;
import com.nexuscrm.transfer.ImportResult;
import com.nexuscrm.transfer.RecordKind;
import com.nexuscrm.ui.transfer.ImportWindow;
import com.nexuscrm.usecase.AccountTimeline;
import com.nexuscrm.usecase.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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
 * Support tickets imported from the window while an account is open (Accounts → CSV → Import support tickets…, on
 * a generated file): the count imported, the malformed row and the row naming an unknown account both listed with
 * their line, and the open account's tickets and timeline read again with the new ticket.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class AccountImportScreenTest {
    private static final String PASS = "account-import-screen";

    @TempDir
    Path root;
    private AppContext context;
    private Stage window;

    @Start
    void start(Stage stage) {
        window = stage;
        context = ScreenWindow.open(stage, root.resolve("ws"), (store, progress) -> {
            com.nexuscrm.usecase.EmptyWorkspace.seed(store, progress);
            new AccountHistorySeed(Workspace.over(store));
        });
    }

    @AfterEach
    void closeWorkspace() throws Exception {
        ScreenWindow.close(context);
    }

    @Test
    @SuppressWarnings("unchecked")
    void ticketsImportedFromTheWindowListRefusedRowsAndShowOnTheOpenAccount(FxRobot robot) throws Exception {
        openAcme(robot);
        ListView<AccountTimeline.Entry> timeline = robot.lookup("#account-history-list").queryAs(ListView.class);
        UiWait.until(() -> timeline.getItems().size() == 11);
        Path csv = Files.writeString(root.resolve("tickets.csv"), """
                Account,Subject,Priority,Status,Opened
                Acme,Renewal question,normal,open,2026-01-20
                Acme,Broken export,high,open,20/01/2026
                Initech,Printer on fire,urgent,open,2026-01-21
                """);
        // What "Import support tickets…" does after its file chooser, which a headless test cannot drive.
        WaitForAsyncUtils.asyncFx(() -> new ImportWindow(context, () -> context.accountDataImport(RecordKind.TICKETS))
                .show(window, csv.toFile())).get();
        UiWait.until(() -> robot.lookup("#import-run").tryQuery().map(n -> !n.isDisabled()).orElse(false));
        robot.clickOn("#import-run");

        UiWait.until(() -> text(robot, "#import-result").startsWith("imported 1, rejected 2"));
        assertTrue(text(robot, "#import-result").contains("2 rows were refused"), text(robot, "#import-result"));
        TableView<ImportResult.Refusal> refused = robot.lookup("#import-refusals").queryAs(TableView.class);
        assertTrue(refused.isVisible());
        assertEquals(List.of("3 openedAt 20/01/2026", "4 accountId Initech"), refused.getItems().stream()
                .map(r -> r.line() + " " + r.field() + " " + r.value()).toList());
        assertTrue(refused.getItems().get(1).reason().contains("is no account in this workspace"));
        UiWait.until(() -> robot.lookup("#import-refusals .table-cell").queryAll().stream()
                .anyMatch(c -> "Initech".equals(((javafx.scene.control.TableCell<?, ?>) c).getText()))); // drawn, not only held
        assertTrue(!robot.lookup("#import-cancel").query().isVisible(), "Cancel shows only while work runs");

        UiWait.until(() -> context.requireScreens().customers().accounts().detail().tickets().stream()
                .map(TicketSummary::subject).toList().contains("Renewal question"));
        UiWait.until(() -> timeline.getItems().size() == 12 && timeline.getItems().stream()
                .anyMatch(e -> e.kind() == HistoryKind.TICKET && e.title().contains("Renewal question")));
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    private static void openAcme(FxRobot robot) throws Exception {
        ScreenWindow.create(robot, "#choice-sample", PASS);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> robot.lookup("#nav-customers").tryQuery()
                .map(n -> !n.isDisabled()).orElse(false));
        robot.clickOn("#nav-customers");
        UiWait.until(() -> robot.lookup("#accounts-table").queryAs(TableView.class).getItems().size() == 2);
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            TableView<AccountRow> list = robot.lookup("#accounts-table").queryAs(TableView.class);
            list.getSelectionModel().select(list.getItems().stream().filter(a -> a.name().equals("Acme")).findFirst().orElseThrow());
        });
        UiWait.until(() -> "Acme".equals(text(robot, "#account-heading")));
        robot.clickOn("#account-timeline-tab");
    }
}
