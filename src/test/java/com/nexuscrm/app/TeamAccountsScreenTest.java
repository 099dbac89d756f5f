package com.nexuscrm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.SupportTicket;
import com.nexuscrm.domain.TicketPriority;
import com.nexuscrm.domain.TicketStatus;
import com.nexuscrm.testing.AccountHistorySeed;
import com.nexuscrm.ui.team.TeamAccountRow;
import com.nexuscrm.usecase.Workspace;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
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
 * The Team screen's accounts tab on the real window over a small generated workspace ({@link AccountHistorySeed} and
 * an urgent ticket opened yesterday): both accounts listed with this week's ticket, the honest "no snapshot from a
 * week ago yet", the risk-band filter, and a double-click opening the account's 360 view.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class TeamAccountsScreenTest {
    private static final String PASS = "team-accounts-screen";

    @TempDir
    Path root;
    private AppContext context;

    @Start
    void start(Stage window) {
        context = ScreenWindow.open(window, root.resolve("ws"), (store, progress) -> {
            com.nexuscrm.usecase.EmptyWorkspace.seed(store, progress);
            Workspace ws = Workspace.over(store);
            AccountHistorySeed seed = new AccountHistorySeed(ws);
            SupportTicket t = new SupportTicket(Ids.newId());
            t.setAccountId(seed.acme);
            t.setSubject("Data loss on export");
            t.setPriority(TicketPriority.URGENT);
            t.setStatus(TicketStatus.OPEN);
            t.setOpenedAt(Instant.now().minus(Duration.ofDays(1)));
            ws.repository(SupportTicket.class).save(t);
        });
    }

    @AfterEach
    void closeWorkspace() throws Exception {
        ScreenWindow.close(context);
    }

    @SuppressWarnings("unchecked")
    private static TableView<TeamAccountRow> table(FxRobot robot) {
        return robot.lookup("#team-accounts-table").queryAs(TableView.class);
    }

    @Test
    void theManagerSeesAccountsByRiskWithThisWeeksChangesAndOpensOne(FxRobot robot) throws Exception {
        ScreenWindow.create(robot, "#choice-sample", PASS);
        // the inbox (the first screen) drawn: the window is no longer busy opening the workspace
        UiWait.until(120, () -> robot.lookup("No leads match these filters.").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#nav-team");
        UiWait.until(() -> robot.lookup("#team-members").tryQuery().isPresent());
        robot.interact(() -> {
            TabPane tabs = robot.lookup(".tab-pane").queryAllAs(TabPane.class).stream()
                    .filter(p -> p.getTabs().stream().anyMatch(t -> "team-accounts-tab".equals(t.getId()))).findFirst().orElseThrow();
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> "team-accounts-tab".equals(t.getId())).findFirst().orElseThrow());
        });
        UiWait.until(() -> table(robot).getItems().size() == 2);

        TeamAccountRow acme = table(robot).getItems().stream().filter(r -> r.account().equals("Acme")).findFirst().orElseThrow();
        assertEquals("urgent ticket", acme.changes().text());
        assertTrue(acme.detail().contains("New urgent ticket 'Data loss on export'"), acme.detail());
        String comparison = robot.lookup("#team-accounts-comparison").queryAs(Label.class).getText();
        assertTrue(comparison.startsWith("No snapshot from a week ago yet; changes since "), comparison);
        assertTrue(robot.lookup("#team-accounts-summary").queryAs(Label.class).getText().startsWith("2 accounts"));

        robot.interact(() -> robot.lookup("#team-accounts-band").queryAs(ComboBox.class).setValue("High"));
        UiWait.until(() -> table(robot).getItems().isEmpty());
        robot.interact(() -> robot.lookup("#team-accounts-band").queryAs(ComboBox.class).setValue(TeamAccountRow.NO_SCORE));
        UiWait.until(() -> table(robot).getItems().size() == 2);

        Node acmeCell = robot.lookup(".table-cell").match((Node n) -> n instanceof Labeled l && "Acme".equals(l.getText()))
                .queryAs(Node.class);
        robot.doubleClickOn(acmeCell);
        UiWait.until(() -> robot.lookup("#account-heading").tryQuery()
                .map(n -> "Acme".equals(((Label) n).getText()) && n.isVisible()).orElse(false));
    }
}
