package com.nexuscrm.app;

import com.nexuscrm.usecase.EmptyWorkspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.conversation.AnalysisSettings;
import com.nexuscrm.conversation.CallAnalysisJson;
import com.nexuscrm.conversation.CallAnalyzer;
import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.CallRecording;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.call.CallStatus;
import com.nexuscrm.domain.call.Speaker;
import com.nexuscrm.domain.call.SpokenWord;
import com.nexuscrm.domain.call.Transcript;
import com.nexuscrm.storage.WorkspaceMeta;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.ui.team.CoachingPeriod;
import com.nexuscrm.ui.team.CoachingRow;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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

/** The Team screen's call coaching in the real window over a workspace with analysed calls. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class TeamCoachingScreenTest {
    private static final String PASS = "team-coaching-passphrase";

    @TempDir
    static Path root;
    private AppContext context;

    @Start
    void start(Stage window) {
        context = ScreenWindow.open(window, root.resolve("ws"), EmptyWorkspace::seed);
    }

    @AfterEach
    void closeWorkspace() throws Exception {
        ScreenWindow.close(context);
    }

    private static boolean showing(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void theTeamShowsEachRepsCallsBesideTheTopQuartile(FxRobot robot) throws Exception {
        ScreenWindow.create(robot, "#choice-empty", PASS);
        UiWait.until(() -> robot.lookup("No leads match these filters.").tryQuery().isPresent());

        robot.clickOn("#nav-team");
        robot.clickOn("Call coaching");
        UiWait.until(() -> showing(robot, "#coaching-empty"));
        assertTrue(robot.lookup("#coaching-empty").queryAs(Label.class).getText().startsWith("No analysed calls between"));

        seed(context.sessionStore());
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#coaching-period").queryAs(ComboBox.class)
                .setValue(CoachingPeriod.LAST_30_DAYS)).get();
        @SuppressWarnings("unchecked")
        TableView<CoachingRow> table = robot.lookup("#coaching-table").queryAs(TableView.class);
        UiWait.until(() -> table.getItems().size() == 2 && showing(robot, "#coaching-table"));
        assertEquals(CoachingRow.BENCHMARK_LABEL, table.getItems().get(0).rep());
        assertTrue(table.getItems().get(0).benchmark());
        assertEquals("2", table.getItems().get(1).calls());
        assertEquals("50% (2)", table.getItems().get(1).winRate());
        UiWait.until(() -> robot.lookup(".table-cell").match(n -> n instanceof javafx.scene.control.Labeled l
                && CoachingRow.BENCHMARK_LABEL.equals(l.getText())).tryQuery().isPresent()); // the benchmark line is on screen
        assertTrue(robot.lookup("Coaching areas,\nbiggest gap first").tryQuery().isPresent());
        assertEquals(2, robot.lookup(".chart").queryAllAs(StackedBarChart.class).size());
        assertTrue(robot.lookup("#coaching-summary").queryAs(Label.class).getText().startsWith("2 analysed calls by 1 rep"));
    }

    /** A won and a lost deal of the current user, each with one analysed call made yesterday. */
    private static void seed(WorkspaceStore store) {
        UUID me = UUID.fromString(store.meta().get(WorkspaceMeta.CURRENT_USER).orElseThrow());
        call(store, me, deal(store, me, DealStage.CLOSED_WON), "what does your current process look like for new leads",
                "we track it in spreadsheets and it takes too long");
        call(store, me, deal(store, me, DealStage.CLOSED_LOST), "we help sales teams keep every lead in one place",
                "honestly it looks too expensive for a team our size");
    }

    private static Deal deal(WorkspaceStore store, UUID me, DealStage stage) {
        Deal deal = new Deal();
        deal.setName("Acme " + stage);
        deal.setStage(stage);
        deal.setAmount(new BigDecimal("12000"));
        deal.setCurrency("USD");
        deal.setOwnerId(me);
        deal.setCreatedAt(Instant.now().minusSeconds(20 * 86_400));
        deal.setClosedAt(Instant.now().minusSeconds(3_600));
        deal.setCloseDate(java.time.LocalDate.now());
        if (stage == DealStage.CLOSED_LOST) {
            deal.setLostReason("Price");
        }
        return store.repository(Deal.class).save(deal);
    }

    private static void call(WorkspaceStore store, UUID me, Deal deal, String rep, String customer) {
        List<SpokenWord> words = new ArrayList<>();
        String[] repWords = rep.split(" ");
        for (int i = 0; i < repWords.length; i++) {
            words.add(new SpokenWord(Speaker.REP, repWords[i], 1 + i * 0.4, 1.3 + i * 0.4, 0.9));
        }
        String[] customerWords = customer.split(" ");
        for (int i = 0; i < customerWords.length; i++) {
            words.add(new SpokenWord(Speaker.CUSTOMER, customerWords[i], 10 + i * 0.4, 10.3 + i * 0.4, 0.9));
        }
        Transcript transcript = new Transcript(20, 2, "test", words);
        Activity activity = new Activity();
        activity.setType(ActivityType.CALL);
        activity.setSubject("Discovery call");
        activity.setOwnerId(me);
        activity.setDealId(deal.getId());
        activity.setOccurredAt(Instant.now().minusSeconds(86_400));
        store.repository(Activity.class).save(activity);
        CallRecording r = new CallRecording();
        r.setActivityId(activity.getId());
        r.setDealId(deal.getId());
        r.setOwnerId(me);
        r.setCallAt(activity.getOccurredAt());
        r.setFileName("call.wav");
        r.setStatus(CallStatus.ANALYSED.name());
        r.setAnalysisJson(CallAnalysisJson.write(new CallAnalyzer().analyze(transcript, AnalysisSettings.defaults())));
        store.repository(CallRecording.class).save(r);
    }
}
