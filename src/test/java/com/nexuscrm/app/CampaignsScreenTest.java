package com.nexuscrm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.sample.SampleWorkspace;
import com.nexuscrm.storage.StoredCampaignPlans;
import com.nexuscrm.storage.StoredSampleSink;
import com.nexuscrm.ui.campaigns.CampaignRow;
import com.nexuscrm.ui.campaigns.EnrolmentRow;
import com.nexuscrm.ui.campaigns.StepRow;
import com.nexuscrm.ui.campaigns.VariantRow;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javafx.scene.chart.BarChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
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
 * The Campaigns screen in the real window on a sample workspace: both sample campaigns listed with their results,
 * the webinar follow-up's steps (email, voice task, email) with per-variant results and the chart, a step saved with
 * an unknown merge field refused in words with nothing saved, and the enrolments with their next touch.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class CampaignsScreenTest {
    private static final String PASS = "campaigns-screen-passphrase";

    @TempDir
    static Path root;
    private AppContext context;

    @Start
    void start(Stage window) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        context = ScreenWindow.open(window, root.resolve("ws"), (store, progress) ->
                new SampleWorkspace(42, now).generate(new StoredSampleSink(store), 600, progress));
    }

    @AfterEach
    void closeWorkspace() throws Exception {
        ScreenWindow.close(context);
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> table(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }

    private static void tab(FxRobot robot, String id) {
        robot.interact(() -> {
            TabPane tabs = robot.lookup("#campaign-tabs").queryAs(TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow());
        });
    }

    @Test
    void aCampaignShowsItsStepsAndResultsAndAStepWithAnUnknownFieldIsRefused(FxRobot robot) throws Exception {
        ScreenWindow.create(robot, "#choice-sample", PASS);
        UiWait.until(120, () -> !robot.lookup("#nav-campaigns").query().isDisabled());
        robot.clickOn("#nav-campaigns");
        UiWait.until(() -> table(robot, "#campaigns-table").getItems().size() == 2);
        TableView<CampaignRow> list = table(robot, "#campaigns-table");
        CampaignRow webinar = list.getItems().stream().filter(r -> r.name().equals("Webinar follow-up")).findFirst().orElseThrow();
        assertEquals("Email, Voice task", webinar.channels());
        assertTrue(webinar.enrolled() > 0 && webinar.replyRate() != null, webinar.toString());

        UiWait.clickShown(robot, "Webinar follow-up");
        UiWait.until(() -> robot.lookup("#campaign-heading").queryAs(Label.class).getText().startsWith("Webinar follow-up"));
        UiWait.until(() -> table(robot, "#campaign-steps").getItems().size() == 3);
        TableView<StepRow> steps = table(robot, "#campaign-steps");
        assertEquals("Voice task", steps.getItems().get(1).channel());
        assertEquals("No reply yet", steps.getItems().get(1).condition());
        TableView<VariantRow> variants = table(robot, "#campaign-variants");
        assertEquals("Step 1 · B", variants.getItems().get(1).label());
        int sent = variants.getItems().get(0).sent() + variants.getItems().get(1).sent();
        assertEquals(steps.getItems().get(0).sent(), sent);
        assertTrue(sent > 0);
        BarChart<?, ?> chart = robot.lookup("#campaign-variant-chart").queryAs(BarChart.class);
        UiWait.until(() -> chart.getData().get(0).getData().size() >= 2);

        tab(robot, "campaign-editor-tab");
        UiWait.until(() -> robot.lookup("#step-editor-preview-body").queryAs(Label.class).getText().startsWith("Hi "));
        UiWait.until(() -> robot.lookup("#step-editor-step").queryAs(ComboBox.class).getValue() instanceof StepRow row
                && row.index() == 0 && "A".equals(robot.lookup("#step-editor-variant").queryAs(ComboBox.class).getValue()));
        TextArea body = robot.lookup("#step-editor-body").queryAs(TextArea.class);
        String stored = body.getText();
        robot.interact(() -> body.setText("Hi {{fistName|there}}, the slides are attached."));
        robot.clickOn("#step-editor-save");
        UiWait.until(() -> robot.lookup("#step-editor-error").queryAs(Label.class).getText()
                .contains("Step 1, variant A: unknown merge field {{fistName}}"));
        assertEquals("Hi there, the slides are attached.", robot.lookup("#step-editor-preview-body").queryAs(Label.class).getText());
        CampaignPlan saved = new StoredCampaignPlans(context.sessionStore(), Clock.systemUTC()).findByName("Webinar follow-up").orElseThrow();
        assertEquals(stored, saved.step(0).variant("A").body(), "nothing saved");

        tab(robot, "campaign-enrolments-tab");
        UiWait.until(() -> table(robot, "#campaign-enrolments").getItems().size() == webinar.enrolled());
        TableView<EnrolmentRow> enrolments = table(robot, "#campaign-enrolments");
        assertTrue(enrolments.getItems().stream().allMatch(r -> r.status().equals("Active") == (r.nextDue() != null)));
    }
}
