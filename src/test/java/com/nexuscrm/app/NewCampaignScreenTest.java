package com.nexuscrm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.domain.campaign.Enrolment;
import com.nexuscrm.sample.SampleWorkspace;
import com.nexuscrm.storage.StoredCampaignPlans;
import com.nexuscrm.storage.StoredEnrolments;
import com.nexuscrm.storage.StoredSampleSink;
import com.nexuscrm.ui.campaigns.CampaignRow;
import com.nexuscrm.ui.leads.LeadItem;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableView;
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

/**
 * "New campaign" in the real window on a sample workspace: a form without a name refused beside the field with
 * nothing saved, then the campaign created and selected; then two leads enrolled in it from the Leads screen's
 * "Enrol in campaign" menu, the user told how many.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class NewCampaignScreenTest {
    private static final String PASS = "new-campaign-screen-passphrase";
    private static final String NAME = "Q1 webinar push";

    @TempDir
    static Path root;
    private AppContext context;

    @Start
    void start(Stage window) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        context = ScreenWindow.open(window, root.resolve("ws"), (store, progress) ->
                new SampleWorkspace(42, now).generate(new StoredSampleSink(store), 200, progress));
    }

    @AfterEach
    void closeWorkspace() throws Exception {
        ScreenWindow.close(context);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCampaignIsCreatedFromTheWindowAndSelectedLeadsAreEnrolledInIt(FxRobot robot) throws Exception {
        TableView<CampaignRow> list = NewCampaignDialog.open(robot, PASS);
        robot.clickOn("#new-campaign-subject").write("Your seat at the Q1 webinar");
        robot.clickOn("#new-campaign-save");
        UiWait.until(() -> "a campaign needs a name".equals(robot.lookup("#campaign-error-name").queryAs(Label.class).getText()));
        StoredCampaignPlans plans = new StoredCampaignPlans(context.sessionStore(), Clock.systemUTC());
        assertEquals(2, plans.all().size(), "nothing saved");

        robot.clickOn("#new-campaign-name").write(NAME);
        robot.clickOn("#new-campaign-save");
        UiWait.until(() -> list.getItems().size() == 3 && list.getSelectionModel().getSelectedItem() != null
                && NAME.equals(list.getSelectionModel().getSelectedItem().name()));
        CampaignPlan created = plans.findByName(NAME).orElseThrow();
        assertEquals("Your seat at the Q1 webinar", created.step(0).variant("A").subject());

        robot.clickOn("#nav-leads");
        AtomicReference<TableView<LeadItem>> leads = new AtomicReference<>();
        UiWait.until(() -> {
            robot.lookup(".table-view").queryAllAs(TableView.class).stream()
                    .filter(t -> !t.getItems().isEmpty() && t.getItems().get(0) instanceof LeadItem).findFirst()
                    .ifPresent(t -> leads.set((TableView<LeadItem>) t));
            return leads.get() != null;
        });
        robot.interact(() -> leads.get().getSelectionModel().selectIndices(0, 1));
        MenuButton menu = robot.lookup("#leads-enrol").queryAs(MenuButton.class);
        UiWait.until(() -> !menu.isDisabled() && menu.getItems().stream().anyMatch(i -> NAME.equals(i.getText())));
        robot.interact(() -> menu.getItems().stream().filter(i -> NAME.equals(i.getText())).findFirst().orElseThrow().fire());

        AtomicReference<String> told = new AtomicReference<>("");
        UiWait.until(() -> {
            told.set(Window.getWindows().stream().filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                    .map(w -> ((DialogPane) w.getScene().getRoot()).getContentText()).findFirst().orElse(""));
            return !told.get().isEmpty();
        });
        List<Enrolment> enrolled = new StoredEnrolments(context.sessionStore(), Clock.systemUTC()).forPlan(created.id());
        java.util.regex.Matcher notEnrolled = java.util.regex.Pattern.compile("Not enrolled \\((\\d+)\\)").matcher(told.get());
        int refused = notEnrolled.find() ? Integer.parseInt(notEnrolled.group(1)) : 0;
        assertTrue(told.get().startsWith(enrolled.size() + " of 2 people enrolled in " + NAME + "."), told.get());
        assertEquals(2, enrolled.size() + refused, told.get());
        robot.clickOn("OK");
    }
}
