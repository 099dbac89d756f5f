package com.nexuscrm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.app.adapters.SavedFilterAudiences;
import com.nexuscrm.campaign.CampaignPorts;
import com.nexuscrm.domain.campaign.Audience;
import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.domain.campaign.Enrolment;
import com.nexuscrm.domain.campaign.PersonRef;
import com.nexuscrm.sample.SampleWorkspace;
import com.nexuscrm.storage.StoredDirectory;
import com.nexuscrm.storage.StoredEnrolmentSignals;
import com.nexuscrm.storage.StoredSampleSink;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.ui.campaigns.CampaignRow;
import com.nexuscrm.usecase.EnrolByRule;
import com.nexuscrm.usecase.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
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

/**
 * "New campaign" with a contacts audience in the real window on a sample workspace: choosing Contacts lists the
 * contacts list's saved views, the plan is stored with that audience and its rule, and rule enrolment then enrols the
 * view's contacts (as contacts, never leads).
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class NewContactCampaignScreenTest {
    private static final String PASS = "contact-campaign-screen-passphrase";
    private static final String NAME = "Customer check-in";

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
    void choosingContactsOffersTheContactsViewsAndThePlanEnrolsContacts(FxRobot robot) throws Exception {
        TableView<CampaignRow> list = NewCampaignDialog.open(robot, PASS);
        ComboBox<String> audience = robot.lookup("#new-campaign-audience").queryAs(ComboBox.class);
        UiWait.until(() -> audience.getItems().size() > 1);
        assertTrue(!audience.getItems().contains("All contacts"), "the leads list's filters first: " + audience.getItems());
        robot.clickOn("#new-campaign-people");
        robot.clickOn(cell(robot, "Contacts"));
        UiWait.until(() -> audience.getItems().contains("All contacts"));
        assertEquals(List.of("All contacts", "My contacts"), audience.getItems().subList(1, 3), audience.getItems().toString());
        robot.clickOn("#new-campaign-audience");
        robot.clickOn(cell(robot, "All contacts"));
        robot.clickOn("#new-campaign-rule-audience");
        robot.clickOn("#new-campaign-name").write(NAME);
        robot.clickOn("#new-campaign-subject").write("How is it going, {{firstName|there}}?");
        robot.clickOn("#new-campaign-save");
        UiWait.until(() -> list.getItems().size() == 3);

        WorkspaceStore store = context.sessionStore();
        CampaignPorts ports = Workspace.over(store).campaigns(Clock.systemUTC(), ZoneOffset.UTC);
        CampaignPlan plan = ports.plans().findByName(NAME).orElseThrow();
        assertEquals(Audience.contacts("All contacts"), plan.audience());
        assertTrue(plan.rules().audience());

        UUID me = new StoredDirectory(store).currentUser().getId();
        EnrolByRule.Report report = new EnrolByRule(ports, store.leads(), store.contacts(), new StoredEnrolmentSignals(store),
                SavedFilterAudiences.over(store.meta(), () -> me), Clock.systemUTC()).run();
        List<Enrolment> enrolled = ports.enrolments().forPlan(plan.id());
        assertTrue(!enrolled.isEmpty(), report.toString());
        assertEquals(store.contacts().rows().size() - report.refused(), enrolled.size(),
                "every contact of 'All contacts' the plan can reach (the sample's Nurture plan enrols its lead too)");
        assertTrue(enrolled.stream().allMatch(e -> e.person().kind() == PersonRef.Kind.CONTACT), "contacts only");
    }

    private static Node cell(FxRobot robot, String text) throws Exception {
        UiWait.until(() -> robot.lookup(n -> n instanceof ListCell<?> c && text.equals(c.getText())).tryQuery().isPresent());
        return robot.lookup(n -> n instanceof ListCell<?> c && text.equals(c.getText())).query();
    }
}
