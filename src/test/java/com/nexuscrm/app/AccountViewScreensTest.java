package com.nexuscrm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.AccountRow;
import com.nexuscrm.domain.DocumentRow;
import com.nexuscrm.domain.HistoryKind;
import com.nexuscrm.testing.AccountHistorySeed;
import com.nexuscrm.ui.customers.AccountHistoryViewModel;
import com.nexuscrm.usecase.AccountTimeline;
import com.nexuscrm.usecase.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
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
 * The account 360 view on the real window over {@link AccountHistorySeed}: the unified timeline filtered by a type
 * chip and by a date range, and a document attached (with a broken one named and skipped) showing in the
 * documents list and on the timeline.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class AccountViewScreensTest {
    private static final String PASS = "account-view-screens";

    @TempDir
    Path root;
    private AppContext context;

    @Start
    void start(Stage window) {
        context = ScreenWindow.open(window, root.resolve("ws"), (store, progress) -> {
            com.nexuscrm.usecase.EmptyWorkspace.seed(store, progress); // the team and its user
            new AccountHistorySeed(Workspace.over(store));
        });
    }

    @AfterEach
    void closeWorkspace() throws Exception {
        ScreenWindow.close(context);
    }

    @SuppressWarnings("unchecked")
    private static ListView<AccountTimeline.Entry> timeline(FxRobot robot) {
        return robot.lookup("#account-history-list").queryAs(ListView.class);
    }

    private static List<HistoryKind> kinds(FxRobot robot) {
        return timeline(robot).getItems().stream().map(AccountTimeline.Entry::kind).toList();
    }

    @Test
    void theTimelineFiltersByTypeAndDateAndAnAttachedDocumentShowsInTheListAndTimeline(FxRobot robot) throws Exception {
        openAcme(robot);
        UiWait.until(() -> "Acme".equals(robot.lookup("#account-heading").queryAs(Label.class).getText()));
        robot.clickOn("#account-timeline-tab");
        UiWait.until(() -> timeline(robot).getItems().size() == 11);
        assertEquals(HistoryKind.TASK, kinds(robot).get(0));

        robot.clickOn("#account-history-chip-ticket");
        UiWait.until(() -> timeline(robot).getItems().size() == 9);
        assertTrue(!kinds(robot).contains(HistoryKind.TICKET));
        robot.clickOn("#account-history-chip-ticket");
        UiWait.until(() -> timeline(robot).getItems().size() == 11);

        ZoneId zone = com.nexuscrm.ui.common.Formats.user().zone();
        robot.interact(() -> {
            robot.lookup("#account-history-from").queryAs(DatePicker.class).setValue(LocalDate.ofInstant(AccountHistorySeed.day(3), zone));
            robot.lookup("#account-history-to").queryAs(DatePicker.class).setValue(LocalDate.ofInstant(AccountHistorySeed.day(7), zone));
        });
        UiWait.until(() -> timeline(robot).getItems().size() == 5);
        assertEquals(List.of(HistoryKind.CALL, HistoryKind.EMAIL, HistoryKind.TICKET, HistoryKind.TOUCH, HistoryKind.MEETING),
                kinds(robot));
        robot.clickOn("#account-history-reset");
        UiWait.until(() -> timeline(robot).getItems().size() == 11);
        robot.clickOn("#account-history-last").clickOn("90 days"); // a preset: from 90 days before today, open-ended
        LocalDate from = LocalDate.now(zone).minusDays(90);
        UiWait.until(() -> robot.lookup("#account-history-to").queryAs(DatePicker.class).getValue() == null
                && List.of(from, from.plusDays(1)).contains(robot.lookup("#account-history-from").queryAs(DatePicker.class).getValue()));
        robot.clickOn("#account-history-reset");
        UiWait.until(() -> timeline(robot).getItems().size() == 11
                && robot.lookup("#account-history-from").queryAs(DatePicker.class).getValue() == null);

        Path good = Files.writeString(root.resolve("renewal-terms.txt"), "Renewal at 120 seats from March.");
        Path broken = Files.write(root.resolve("broken.pdf"), new byte[] {1, 2, 3, 4, 5});
        AccountHistoryViewModel history = context.requireScreens().customers().accounts().detail().history();
        robot.clickOn("#account-documents-tab");
        robot.interact(() -> history.attach(List.of(broken, good))); // what "Attach document…" passes from its FileChooser
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> errorText().contains("broken.pdf")).get());
        assertTrue(WaitForAsyncUtils.asyncFx(AccountViewScreensTest::errorText).get().contains("other files were attached"));
        robot.interact(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getScene().getRoot() instanceof DialogPane)
                .toList().forEach(Window::hide));
        @SuppressWarnings("unchecked")
        TableView<DocumentRow> documents = robot.lookup("#account-documents").queryAs(TableView.class);
        UiWait.until(() -> documents.getItems().stream().map(DocumentRow::title).toList().equals(List.of("renewal-terms", "contract")));
        UiWait.until(() -> timeline(robot).getItems().size() == 12 && timeline(robot).getItems().get(0).kind() == HistoryKind.DOCUMENT
                && timeline(robot).getItems().get(0).title().equals("renewal-terms"));
        robot.interact(() -> documents.getSelectionModel().select(0));
        UiWait.until(() -> robot.lookup("#account-document-preview").queryAs(javafx.scene.control.TextArea.class).getText()
                .contains("120 seats"));
    }

    @Test
    void theInsightsTabShowsHealthTalkingPointsAndEngagementAndSavesTheBriefAsAPdf(FxRobot robot) throws Exception {
        openAcme(robot);
        robot.clickOn("#account-insights-tab");
        UiWait.until(() -> robot.lookup("#account-brief").tryQuery().map(n -> !n.isDisabled()).orElse(false));
        String health = robot.lookup("#account-health").queryAs(Label.class).getText();
        assertTrue(health.matches("\\d+") || health.equals("—"), health);
        assertTrue(robot.lookup("#account-churn").queryAs(Label.class).getText().startsWith("Churn risk not scored yet"),
                "no churn model has scored the seeded account");
        VBox points = robot.lookup("#account-talking-points").queryAs(VBox.class);
        assertTrue(!points.getChildren().isEmpty());
        assertTrue(robot.lookup("#account-engagement-chart").queryAs(javafx.scene.chart.LineChart.class).getData().size() == 3);

        Path pdf = root.resolve("acme-brief.pdf");
        robot.interact(() -> context.requireScreens().accountInsights().saveBrief(pdf)); // what the Save dialog passes
        UiWait.until(() -> robot.lookup("#account-insights-message").queryAs(Label.class).getText().startsWith("Brief saved"));
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            assertTrue(new org.apache.pdfbox.text.PDFTextStripper().getText(doc).contains("Acme"));
        }
    }

    /** Creates the workspace, opens Customers and selects the seeded account Acme. */
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
    }

    private static String errorText() {
        return Window.getWindows().stream().filter(Window::isShowing)
                .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane p && p.getStyleClass().contains("error"))
                .map(w -> ((DialogPane) w.getScene().getRoot()).getContentText()).findFirst().orElse("");
    }
}
