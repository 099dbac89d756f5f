package com.nexuscrm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.campaign.CampaignPorts;
import com.nexuscrm.campaign.InboundMail;
import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.domain.campaign.ScheduledTouch;
import com.nexuscrm.domain.campaign.TouchStatus;
import com.nexuscrm.sample.SampleWorkspace;
import com.nexuscrm.storage.StoredCampaignPlans;
import com.nexuscrm.storage.StoredDirectory;
import com.nexuscrm.storage.StoredSampleSink;
import com.nexuscrm.ui.campaigns.CampaignRow;
import com.nexuscrm.ui.campaigns.EnrolmentRow;
import com.nexuscrm.ui.campaigns.ReplyRow;
import com.nexuscrm.ui.campaigns.StepRow;
import com.nexuscrm.ui.campaigns.VariantRow;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import javafx.scene.chart.BarChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import com.nexuscrm.usecase.ActOnReply;
import com.nexuscrm.usecase.Workspace;
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
 * an unknown merge field refused in words with nothing saved, and the enrolments with their next touch; a reply with
 * its recommended action in the Replies tab, and "Do it" creating the task once.
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
        context = ScreenWindow.open(window, root.resolve("ws-" + UUID.randomUUID()), (store, progress) ->
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

    @Test
    void aReplyShowsItsRecommendedActionAndDoItCreatesTheTask(FxRobot robot) throws Exception {
        ScreenWindow.create(robot, "#choice-sample", PASS);
        UiWait.until(120, () -> !robot.lookup("#nav-campaigns").query().isDisabled());
        Workspace workspace = Workspace.over(context.sessionStore());
        CampaignPorts ports = workspace.campaigns(Clock.systemUTC(), ZoneOffset.UTC);
        CampaignPlan plan = ports.plans().findByName("Webinar follow-up").orElseThrow();
        ScheduledTouch touch = ports.touches().forPlan(plan.id()).stream().filter(t -> t.status() == TouchStatus.SENT)
                .findFirst().orElseThrow();
        ActOnReply.over(workspace, ports, Clock.systemUTC()).record(touch, new InboundMail(InboundMail.Kind.REPLY,
                touch.address(), List.of(touch.messageId()), null, null, "<screen-test-reply@example.test>",
                "Yes, that sounds great. Let's find a time to talk next week.", Instant.now()));

        robot.clickOn("#nav-campaigns");
        UiWait.until(() -> table(robot, "#campaigns-table").getItems().size() == 2);
        UiWait.clickShown(robot, "Webinar follow-up");
        tab(robot, "campaign-replies-tab");
        UiWait.until(() -> table(robot, "#campaign-replies").getItems().size() == 1);
        ReplyRow row = CampaignsScreenTest.<ReplyRow>table(robot, "#campaign-replies").getItems().get(0);
        assertEquals(List.of("Interested", "Book a meeting", "Recommended"), List.of(row.intent(), row.action(), row.status()));
        UiWait.until(() -> robot.lookup("#campaign-reply-text").queryAs(TextArea.class).getText().startsWith("Yes, that sounds"));
        robot.clickOn("#campaign-reply-do-it");
        UiWait.until(() -> CampaignsScreenTest.<ReplyRow>table(robot, "#campaign-replies").getItems().get(0).status()
                .equals("Done: Task created: Book a meeting"));
        assertTrue(robot.lookup("#campaign-reply-do-it").query().isDisabled(), "done: no second click");
        UUID me = new StoredDirectory(context.sessionStore()).currentUser().getId();
        assertEquals(1, context.sessionStore().activities().openTasks(me, Instant.parse("9999-01-01T00:00:00Z"), 10_000).stream()
                .filter(a -> a.getSubject().startsWith("Book a meeting: ")).count());
    }

    @Test
    void theOptimisationTabShowsEachArmsPosteriorAndSaysWhatWillAppearForANewCampaign(FxRobot robot) throws Exception {
        ScreenWindow.create(robot, "#choice-sample", PASS);
        UiWait.until(120, () -> !robot.lookup("#nav-campaigns").query().isDisabled());
        robot.clickOn("#nav-campaigns");
        UiWait.until(() -> table(robot, "#campaigns-table").getItems().size() == 2);
        UiWait.clickShown(robot, "Nurture");
        UiWait.until(() -> robot.lookup("#campaign-heading").queryAs(Label.class).getText().startsWith("Nurture"));
        tab(robot, "campaign-optimisation-tab");
        UiWait.until(() -> !table(robot, "#campaign-optimisation").getItems().isEmpty());
        TableView<com.nexuscrm.ui.campaigns.OptimisationRow> rows = table(robot, "#campaign-optimisation");
        List<com.nexuscrm.ui.campaigns.OptimisationRow> items = List.copyOf(rows.getItems());
        assertEquals("Send time (local hour)", items.get(0).dimension());
        int variants = items.stream().map(com.nexuscrm.ui.campaigns.OptimisationRow::dimension).toList().indexOf("Step 1 variant");
        assertTrue(variants > 0, "the A/B test of step 1 is listed: " + items);
        assertEquals(List.of("A", "B"), List.of(items.get(variants).arm(), items.get(variants + 1).arm()));
        assertEquals(1, items.subList(variants, variants + 2).stream().filter(r -> r.uplift().startsWith("Best: ")).count());
        assertTrue(items.get(variants).interval().matches("\\d+\\.\\d% – \\d+\\.\\d%"), items.get(variants).interval());
        assertTrue(robot.lookup("#campaign-optimisation-summary").queryAs(Label.class).getText().startsWith("Best so far"));

        new StoredCampaignPlans(context.sessionStore(), Clock.systemUTC()).save(new CampaignPlan(com.nexuscrm.domain.Ids.newId(),
                "Quiet one", "Meeting booked", com.nexuscrm.domain.campaign.Audience.MANUAL, "sam@nexus.test", "Sam",
                List.of(com.nexuscrm.domain.campaign.Step.of(0, com.nexuscrm.domain.campaign.Channel.EMAIL,
                        new com.nexuscrm.domain.campaign.Template("A", "Hello", "Hi {{firstName|there}}"))
                        .or(com.nexuscrm.domain.campaign.Channel.SMS))));
        robot.clickOn("#campaigns-refresh");
        UiWait.until(() -> table(robot, "#campaigns-table").getItems().size() == 3);
        UiWait.clickShown(robot, "Quiet one");
        UiWait.until(() -> robot.lookup("#campaign-optimisation-summary").queryAs(Label.class).getText()
                .equals(com.nexuscrm.ui.campaigns.CampaignOptimisationViewModel.EMPTY));
        assertTrue(rows.getItems().isEmpty());
    }
}
