package com.nexuscrm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Account;
import com.nexuscrm.domain.PicklistName;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.ui.common.FxDialogService;
import com.nexuscrm.ui.common.FxTaskExecutor;
import com.nexuscrm.ui.shell.ShellView;
import com.nexuscrm.usecase.EmptyWorkspace;
import com.nexuscrm.usecase.TeamPicklists;
import com.nexuscrm.usecase.Workspace;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window on an empty workspace (its owner is an admin): the team's lists hold their own values, Settings →
 * Currency sets GBP, and then the inbox's Source filter, the account form's Industry, its revenue (label and list
 * column) and the log form's Outcome all offer what the team set, without a restart.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class TeamChoicesScreensTest {
    private static final String PASS = "team-choices-screens";

    @TempDir
    static Path root;
    private AppContext context;

    @Start
    void start(Stage stage) {
        context = new AppContext(root.resolve("ws"), new FxTaskExecutor(), new FxDialogService(stage),
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

    @Test
    @SuppressWarnings("unchecked")
    void formsOfferWhatTheTeamSetInSettings(FxRobot robot) throws Exception {
        ScreenWindow.create(robot, "#choice-empty", PASS);
        UiWait.until(() -> !robot.lookup("#nav-leads").query().isDisabled());
        // The team's own values, as a sync would bring them (written here off the FX thread).
        TeamPicklists lists = TeamPicklists.of(Workspace.over(context.sessionStore()));
        lists.save(lists.load(PicklistName.LEAD_SOURCE).withAdded("Podcast"));
        lists.save(lists.load(PicklistName.INDUSTRY).withAdded("Space"));
        lists.save(lists.load(PicklistName.ACTIVITY_OUTCOME).withAdded("Sent samples"));

        robot.clickOn("#nav-settings");
        UiWait.until(() -> "USD".equals(robot.lookup("#currency-code").queryAs(TextField.class).getText()));
        robot.interact(() -> scrollTo(robot.lookup("#currency-code").query()));
        robot.doubleClickOn("#currency-code").write("gbp");
        robot.clickOn("#currency-save");
        UiWait.until(() -> robot.lookup("#currency-notice").tryQuery().map(Node::isVisible).orElse(false));
        assertTrue(text(robot, "#currency-notice").startsWith("The workspace currency is now GBP"), text(robot, "#currency-notice"));
        assertTrue(text(robot, "#currency-example").contains("£"), text(robot, "#currency-example"));

        // Saving re-read the team's settings in the background: the inbox's Source filter lists Podcast.
        robot.clickOn("#nav-leads");
        UiWait.until(() -> robot.lookup("#leads-source").tryQuery().isPresent()
                && robot.lookup("#leads-source").queryAs(ComboBox.class).getItems().contains("Podcast"));
        robot.clickOn("#leads-source");
        pick(robot, "Podcast");
        assertEquals("Podcast", robot.lookup("#leads-source").queryAs(ComboBox.class).getValue());

        robot.clickOn("#nav-customers");
        robot.clickOn("#new-account");
        UiWait.until(() -> robot.lookup("#account-industry").tryQuery().map(Node::isVisible).orElse(false));
        ComboBox<String> industry = robot.lookup("#account-industry").queryAs(ComboBox.class);
        assertTrue(industry.getItems().contains("Space"), industry.getItems().toString());
        assertTrue(robot.lookup("Revenue (GBP)").tryQuery().isPresent(), "the revenue field names the workspace currency");
        robot.clickOn("#account-name").write("Orbital Freight");
        robot.clickOn("#account-industry");
        pick(robot, "Space");
        robot.clickOn("#account-annualRevenue").write("5828000");
        robot.clickOn("#account-save");
        UiWait.until(() -> robot.lookup("£5.8M").tryQuery().isPresent()); // the list's revenue column
        Account saved = context.sessionStore().repository(Account.class).findAll().get(0);
        assertEquals("Space", saved.getIndustry());

        robot.clickOn("#account-activity-tab");
        // the lead pane's timeline is in the scene too (hidden): take the account's, the one shown
        UiWait.until(() -> robot.lookup("#timeline-log").match(TeamChoicesScreensTest::shown).tryQuery().map(n -> !n.isDisabled()).orElse(false));
        robot.clickOn(robot.lookup("#timeline-log").match(TeamChoicesScreensTest::shown).queryAs(Node.class));
        UiWait.until(() -> robot.lookup("#log-outcome").match(TeamChoicesScreensTest::shown).tryQuery().isPresent());
        ComboBox<String> outcome = robot.lookup("#log-outcome").match(TeamChoicesScreensTest::shown).queryAs(ComboBox.class);
        assertTrue(outcome.getItems().contains("Sent samples"), outcome.getItems().toString());
    }

    /** Clicks a choice of the open drop-down (Settings' hidden picklist table holds the same text). */
    @SuppressWarnings("unchecked")
    private static void pick(FxRobot robot, String choice) throws Exception {
        UiWait.until(() -> robot.lookup(".combo-box-popup .list-view").tryQuery().map(Node::isVisible).orElse(false));
        javafx.scene.control.ListView<String> list = robot.lookup(".combo-box-popup .list-view")
                .match(Node::isVisible).queryAs(javafx.scene.control.ListView.class);
        robot.interact(() -> list.scrollTo(list.getItems().stream().filter(i -> i != null
                && (i.equals(choice) || i.endsWith(choice))).findFirst().orElseThrow()));
        UiWait.until(() -> robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText(choice)).tryQuery()
                .map(Node::isVisible).orElse(false));
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText(choice)).queryAs(Node.class));
    }

    /** Shown in the window: it and every parent visible (the Leads screen's hidden panes hold the same ids). */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private static void scrollTo(Node node) {
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
