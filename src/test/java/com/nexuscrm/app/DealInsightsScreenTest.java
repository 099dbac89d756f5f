package com.nexuscrm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.Team;
import com.nexuscrm.domain.User;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.testing.MutableClock;
import com.nexuscrm.testing.SalesTeams;
import com.nexuscrm.ui.common.FxTaskExecutor;
import com.nexuscrm.ui.deals.DealInsightsSource;
import com.nexuscrm.ui.deals.DealInsightsView;
import com.nexuscrm.ui.deals.DealInsightsViewModel;
import com.nexuscrm.usecase.ActOnDealRisk;
import com.nexuscrm.usecase.AssessDeals;
import com.nexuscrm.usecase.SaveDeal;
import com.nexuscrm.usecase.Workspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The deal insights view on its own (as the deal detail pane hosts it) over a real workspace: show, one click, task. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class DealInsightsScreenTest {
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    @TempDir
    static Path root;
    private WorkspaceStore store;
    private DealInsightsViewModel model;
    private Deal deal;
    private User rep;

    @Start
    void start(Stage window) throws Exception {
        store = WorkspaceStore.create(root.resolve("ws"), "insights pass".toCharArray());
        Workspace workspace = Workspace.over(store);
        MutableClock clock = new MutableClock(T0);
        SalesTeams org = new SalesTeams();
        Team team = org.team("Mid-market", "MM");
        rep = org.rep("Rita Rep", team, "UTC");
        Deal d = new Deal(Ids.newId());
        d.setName("Quiet Co");
        d.setStage(DealStage.NEGOTIATION);
        d.setAmount(new BigDecimal("30000"));
        d.setCurrency("USD");
        d.setCloseDate(LocalDate.of(2026, 3, 20));
        deal = new SaveDeal(workspace, clock).save(d, rep);
        new com.nexuscrm.usecase.LogActivity(workspace, clock).log(new com.nexuscrm.usecase.LogActivity.Draft(
                com.nexuscrm.domain.ActivityType.CALL, "Pricing call", null, com.nexuscrm.domain.RecordRef.deal(d.getId()),
                T0.plus(Duration.ofDays(10)), null, null, "Connected", 600), rep);
        clock.advance(Duration.ofDays(30));
        model = new DealInsightsViewModel(DealInsightsSource.of(new AssessDeals(workspace, clock),
                new ActOnDealRisk(workspace, clock), rep), new FxTaskExecutor());
        FXMLLoader loader = new FXMLLoader(DealInsightsView.class.getResource("/fxml/DealInsightsView.fxml"));
        loader.setControllerFactory(type -> new DealInsightsView(model));
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(loader.load(), 640, 720);
        scene.getStylesheets().add(NexusApp.class.getResource("/css/app.css").toExternalForm());
        window.setScene(scene);
        window.show();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void risksShowWithTheirEvidenceAndOneClickCreatesTheTask(FxRobot robot) throws Exception {
        Platform.runLater(() -> model.show(deal.getId()));
        UiWait.until(() -> robot.lookup("#deal-risk-task-0").tryQuery().isPresent());
        // response 1/1, no meetings, 1 of 3 people, (45 - 20) / 38: (25 + 25/3 + 35 x 0.658) / 85 = 0.663
        assertEquals("66", robot.lookup("#deal-health-score").queryAs(Label.class).getText());
        assertTrue(robot.lookup("No reply from the customer for 20 days; last: call on 12 Mar.").tryQuery().isPresent());
        assertTrue(robot.lookup("The close date, 20 Mar, passed 12 days ago and the deal is still open.").tryQuery()
                .isPresent());

        Screenshots.save(robot.lookup("#deal-insights").query().getScene(), Path.of("target", "deal-insights.png"));
        robot.clickOn("#deal-risk-task-0");
        UiWait.until(() -> "Task created".equals(robot.lookup("#deal-risk-task-0").queryAs(Button.class).getText()));
        assertTrue(robot.lookup("#deal-risk-task-0").queryAs(Button.class).isDisabled());
        List<Activity> tasks = store.activities().openTasks(rep.getId(), T0.plus(Duration.ofDays(400)), 10);
        assertEquals(1, tasks.size());
        assertEquals(deal.getId(), tasks.get(0).getDealId());
    }
}
