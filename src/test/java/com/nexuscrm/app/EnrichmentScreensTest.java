package com.nexuscrm.app;

import com.nexuscrm.usecase.EmptyWorkspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.CompanyProfile;
import com.nexuscrm.domain.DirectoryImport;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.storage.StoredCompanyDirectory;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.testing.Leads;
import com.nexuscrm.ui.common.FxDialogService;
import com.nexuscrm.ui.common.FxTaskExecutor;
import com.nexuscrm.ui.shell.ShellView;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
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

/** The window: a lead made in the form is enriched and marked; Settings → Company directory enriches the rest. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class EnrichmentScreensTest {
    private static final String PASS = "enrichment-screens";

    @TempDir
    static Path root;
    private AppContext context;

    @Start
    void start(Stage window) {
        context = new AppContext(root.resolve("ws"), new FxTaskExecutor(), new FxDialogService(window),
                new MemoryTheme(), (store, progress) -> seed(store));
        ShellView shell = new ShellView(context.shell(), context);
        window.setScene(new Scene(shell.root(), 1280, 800));
        window.show();
        shell.showGate();
    }

    /** An empty workspace with one lead at Globex that nobody has enriched, and a directory of two companies. */
    private static void seed(WorkspaceStore store) {
        EmptyWorkspace.seed(store, Progress.NONE);
        Lead globex = Leads.lead("Bob", "Berg", "Globex");
        globex.setEmail("bob@globex.de");
        store.leads().save(globex);
        new StoredCompanyDirectory(store).replaceAll(List.of(
                new CompanyProfile("radium.fr", "Radium Institute", "Research", 42, new BigDecimal("1500000"), "France",
                        "Python"),
                new CompanyProfile("globex.de", "Globex GmbH", "Software", 85, new BigDecimal("9500000"), "Germany",
                        "HubSpot")), new DirectoryImport("companies.csv", Instant.now(), 2), Progress.NONE);
    }

    @AfterEach
    void closeWorkspace() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> context.close()).get();
    }

    private static boolean showing(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    /** Settings is a long page: the company directory is its last section. */
    private static void scrollToBottom(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof ScrollPane page) {
                page.setVvalue(page.getVmax());
                return;
            }
        }
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void aNewLeadIsEnrichedAndMarkedAndSettingsEnrichesTheOthers(FxRobot robot) throws Exception {
        ScreenWindow.create(robot, "#choice-sample", PASS); // the seeder above stands in for the sample
        UiWait.until(() -> robot.lookup("Bob Berg").tryQuery().isPresent());

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        UiWait.until(() -> "New lead".equals(text(robot, "#leadHeading")));
        robot.clickOn("#lead-lastName").write("Curie");
        robot.clickOn("#lead-email").write("marie@radium.fr");
        robot.type(KeyCode.ENTER); // Save is the form's default button

        UiWait.until(() -> "42".equals(robot.lookup("#lead-employees").queryTextInputControl().getText())
                && showing(robot, "#enriched-employees"));
        assertTrue(text(robot, "#enriched-employees").startsWith("Enriched · "));
        assertTrue(robot.lookup("#enriched-employees").queryAs(Label.class).getTooltip().getText()
                .startsWith("From company directory (companies.csv), "));
        assertEquals("Radium Institute", robot.lookup("#lead-company").queryTextInputControl().getText());

        robot.clickOn("#nav-settings");
        UiWait.until(() -> showing(robot, "#directory-contents")
                && text(robot, "#directory-contents").startsWith("2 companies from companies.csv, imported "));
        robot.interact(() -> scrollToBottom(robot.lookup("#directory-enrich").query()));
        robot.clickOn("#directory-enrich");
        UiWait.until(() -> text(robot, "#directory-result").startsWith("1 lead: 1 matched, 6 fields filled"));
        assertEquals(85, context.sessionStore().leads().findAll().stream()
                .filter(l -> l.getLastName().equals("Berg")).findFirst().orElseThrow().getEmployees());
    }
}
