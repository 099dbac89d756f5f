package com.nexuscrm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Account;
import com.nexuscrm.domain.Contact;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadStatus;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.testing.Leads;
import com.nexuscrm.usecase.EmptyWorkspace;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window: convert a lead into a contact, an account and a deal; merge two leads from the inbox. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ConversionScreensTest {
    private static final String PASS = "conversion-screens";

    @TempDir
    Path root;
    private AppContext context;
    private Stage main;

    @Start
    void start(Stage window) {
        main = window;
        context = ScreenWindow.open(window, root.resolve("ws"), ConversionScreensTest::seed);
    }

    @AfterEach
    void close() throws Exception {
        ScreenWindow.close(context);
    }

    private static void seed(WorkspaceStore store, Progress progress) {
        EmptyWorkspace.seed(store, progress);
        Lead ada = Leads.lead("Ada", "Lovelace", "Analytical Engines");
        ada.setDomain("engines.com");
        ada.setTitle("Mathematician");
        ada.setStatus(LeadStatus.QUALIFIED);
        Lead grace = Leads.lead("Grace", "Hopper", "Navy");
        grace.setTitle("Computer scientist");
        Lead again = Leads.lead("Grace", "Hopper", "Navy");
        again.setTitle("Rear Admiral");
        store.leads().saveAll(List.of(ada, grace, again));
    }

    private void openWorkspace(FxRobot robot) throws Exception {
        ScreenWindow.create(robot, "#choice-sample", PASS); // the seeder above stands in for the sample
        UiWait.until(() -> robot.lookup("Ada Lovelace").tryQuery().isPresent());
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static boolean showing(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void aLeadIsConvertedIntoContactAccountAndDealAndLeavesTheInbox(FxRobot robot) throws Exception {
        openWorkspace(robot);
        UiWait.clickShown(robot, "Mathematician");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        UiWait.until(() -> text(robot, "#convert-heading").equals("Convert Ada Lovelace, Analytical Engines"));
        assertTrue(text(robot, "#convert-matchNote").startsWith("No existing account matches"), text(robot, "#convert-matchNote"));

        robot.clickOn("#convert-convertButton");
        UiWait.until(() -> showing(robot, "#convert-amountError"));
        assertEquals("Enter the deal's amount.", text(robot, "#convert-amountError"));
        robot.clickOn("#convert-amount").write("12000");
        saveScreenshot(robot);
        robot.clickOn("#convert-convertButton");

        WorkspaceStore store = context.sessionStore();
        UiWait.until(() -> store.repository(Deal.class).count() == 1 && robot.lookup("Mathematician").tryQuery().isEmpty());
        Lead ada = store.leads().findAll().stream().filter(l -> l.getLastName().equals("Lovelace")).findFirst().orElseThrow();
        assertEquals(LeadStatus.CONVERTED, ada.getStatus());
        Account account = store.repository(Account.class).find(ada.getConvertedAccountId()).orElseThrow();
        assertEquals("Analytical Engines", account.getName());
        Contact contact = store.repository(Contact.class).find(ada.getConvertedContactId()).orElseThrow();
        assertEquals("Mathematician", contact.getTitle());
        Deal deal = store.repository(Deal.class).find(ada.getConvertedDealId()).orElseThrow();
        assertEquals(0, new BigDecimal("12000").compareTo(deal.getAmount()));
        assertEquals(account.getId(), deal.getAccountId());
    }

    @Test
    void twoSelectedLeadsAreMergedFieldByField(FxRobot robot) throws Exception {
        openWorkspace(robot);
        TableView<?> table = robot.lookup(".leads-view .table-view").queryAs(TableView.class);
        UiWait.until(() -> table.getItems().size() == 3);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(1);
            table.getFocusModel().focus(1);
        });
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT); // the keyboard extends the selection
        UiWait.until(() -> table.getSelectionModel().getSelectedIndices().size() == 2);
        List<java.util.UUID> graces = context.sessionStore().leads().findAll().stream()
                .filter(l -> l.getLastName().equals("Hopper")).map(Lead::getId).toList();
        robot.clickOn("#merge-leads");
        UiWait.until(() -> showing(robot, "#merge-title-second"));
        String kept = robot.lookup("#merge-title-second").queryAs(javafx.scene.control.RadioButton.class).getText();
        robot.clickOn("#merge-title-second");
        robot.clickOn("#merge-button");

        WorkspaceStore store = context.sessionStore();
        UiWait.until(() -> store.leads().findAll().stream().filter(l -> l.getLastName().equals("Hopper") && !l.isDeleted()).count() == 1
                && table.getItems().size() == 2);
        Lead survivor = store.leads().findAll().stream().filter(l -> l.getLastName().equals("Hopper") && !l.isDeleted())
                .findFirst().orElseThrow();
        assertEquals(kept, survivor.getTitle(), "the survivor took the second record's title");
        Lead loser = graces.stream().filter(id -> !id.equals(survivor.getId())).findFirst()
                .flatMap(id -> store.leads().find(id)).orElseThrow();
        assertTrue(loser.isDeleted());
        assertEquals(survivor.getId(), loser.getMergedInto());
        assertEquals(2, table.getItems().size(), "Ada and the one Grace left");
    }

    /** The inbox's row at this index, once it is rendered with an item. */
    private static java.util.Optional<Node> row(FxRobot robot, int index) {
        return robot.lookup(".leads-view .table-row-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.TableRow<?> r && r.getIndex() == index && r.getItem() != null && r.isVisible() && r.getScene() != null)
                .findFirst();
    }

    /** docs/screenshots/conversion-dialog.png: the 1280x800 window with the dialog over it, as a person sees it. */
    private void saveScreenshot(FxRobot robot) throws Exception {
        Window dialog = robot.lookup("#convert-heading").query().getScene().getWindow();
        BufferedImage back = WaitForAsyncUtils.asyncFx(() -> SwingFXUtils.fromFXImage(main.getScene().snapshot(null), null)).get();
        BufferedImage front = WaitForAsyncUtils.asyncFx(() -> SwingFXUtils.fromFXImage(dialog.getScene().snapshot(null), null)).get();
        assertTrue(front.getHeight() <= back.getHeight() && front.getWidth() <= back.getWidth(),
                "the dialog fits in the 1280x800 window: " + front.getWidth() + "x" + front.getHeight());
        Graphics2D g = back.createGraphics();
        g.setColor(new java.awt.Color(0, 0, 0, 90));
        g.fillRect(0, 0, back.getWidth(), back.getHeight());
        g.drawImage(front, (back.getWidth() - front.getWidth()) / 2, (back.getHeight() - front.getHeight()) / 2, null);
        g.dispose();
        Path file = Path.of("docs", "screenshots", "conversion-dialog.png");
        Files.createDirectories(file.getParent());
        ImageIO.write(back, "png", file.toFile());
    }
}
