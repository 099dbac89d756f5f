package com.nexuscrm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.AccountRepository;
import com.nexuscrm.domain.AccountRow;
import com.nexuscrm.domain.ContactRow;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.usecase.SampleSeeding;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
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
 * Customers on the real window over a sample workspace: search an account, open it, see its contacts and deals,
 * edit and save a field, open a contact from the account, create a contact and delete it after confirming.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class CustomersScreensTest {
    private static final String PASS = "customers-screens";

    @TempDir
    static Path root;
    private AppContext context;
    private Stage window;

    @Start
    void start(Stage window) {
        this.window = window;
        context = ScreenWindow.open(window, root.resolve("ws"),
                SampleSeeding.seeder(300, 42, Instant.parse("2026-11-30T09:00:00Z"), summary -> { }));
    }

    @AfterEach
    void closeWorkspace() throws Exception {
        ScreenWindow.close(context);
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> table(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TableView.class);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void anAccountIsFoundOpenedEditedAndAContactIsCreatedAndDeleted(FxRobot robot) throws Exception {
        ScreenWindow.create(robot, "#choice-sample", PASS);
        // Building the sample takes a while on a loaded machine; the other waits are UiWait's.
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> robot.lookup("#nav-customers").tryQuery()
                .map(n -> !n.isDisabled()).orElse(false));

        robot.clickOn("#nav-customers");
        UiWait.until(() -> !table(robot, "#accounts-table").getItems().isEmpty());
        WorkspaceStore store = context.sessionStore();
        AccountRepository accounts = store.accounts();
        AccountRow target = accounts.rows().stream().filter(a -> !accounts.deals(a.id()).isEmpty())
                .max(Comparator.comparingInt(a -> accounts.contacts(a.id()).size())).orElseThrow();
        int contactCount = accounts.contacts(target.id()).size();
        int dealCount = accounts.deals(target.id()).size();
        assertTrue(contactCount > 0, "the sample gives accounts contacts");

        robot.clickOn("#accounts-search").write(target.name());
        UiWait.until(() -> table(robot, "#accounts-table").getItems().stream().anyMatch(r -> r.equals(target))
                && table(robot, "#accounts-table").getItems().size() < accounts.rows().size());
        robot.interact(() -> {
            TableView<AccountRow> list = table(robot, "#accounts-table");
            list.getSelectionModel().select(target);
        });
        UiWait.until(() -> target.name().equals(text(robot, "#account-heading"))
                && table(robot, "#account-contacts").getItems().size() == contactCount
                && table(robot, "#account-deals").getItems().size() == dealCount);
        Screenshots.save(window.getScene(), Path.of("target", "customers-account.png")); // to look at

        robot.doubleClickOn("#account-city").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Testville");
        robot.clickOn("#account-save");
        UiWait.until(() -> "Testville".equals(accounts.row(target.id()).city())
                && table(robot, "#accounts-table").getItems().stream().anyMatch(r -> "Testville".equals(((AccountRow) r).city())));

        ContactRow first = (ContactRow) table(robot, "#account-contacts").getItems().get(0);
        // Selected and focused by the test (the pane's timeline loads beside it and may move rows under a mouse)
        robot.interact(() -> {
            TableView<ContactRow> related = table(robot, "#account-contacts");
            related.requestFocus();
            related.getSelectionModel().select(first);
        });
        robot.type(KeyCode.ENTER); // Enter (or a double-click) on a related row opens it where it lives
        UiWait.until(() -> robot.lookup(".customers-view").queryAs(TabPane.class).getSelectionModel().getSelectedIndex() == 1
                && first.fullName().equals(text(robot, "#contact-heading")));

        robot.clickOn("#new-contact");
        UiWait.until(() -> "New contact".equals(text(robot, "#contact-heading")));
        robot.clickOn("#contact-lastName").write("Zetterlund");
        robot.clickOn("#contact-email").write("not an email");
        robot.clickOn("#contact-save");
        UiWait.until(() -> robot.lookup("#contact-error-email").query().isVisible());
        robot.doubleClickOn("#contact-email").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("zoe@zetterlund.example");
        robot.clickOn("#contact-save");
        UiWait.until(() -> store.contacts().rows().stream().anyMatch(c -> "Zetterlund".equals(c.lastName()))
                && "Zetterlund".equals(text(robot, "#contact-heading")));
        ContactRow created = store.contacts().rows().stream().filter(c -> "Zetterlund".equals(c.lastName())).findFirst()
                .orElseThrow();
        assertEquals("zoe@zetterlund.example", created.email());

        robot.clickOn("#contact-delete");
        UiWait.until(() -> robot.lookup("OK").tryQuery().isPresent());
        robot.clickOn("OK");
        UiWait.until(() -> store.contacts().find(created.id()).orElseThrow().isDeleted()
                && table(robot, "#contacts-table").getItems().stream().noneMatch(r -> ((ContactRow) r).id().equals(created.id())));

        mergeTwoContacts(robot, store);
    }

    /** Two contacts selected in the list are merged field by field: one stays, the other points to it. */
    private void mergeTwoContacts(FxRobot robot, WorkspaceStore store) throws Exception {
        TableView<ContactRow> contacts = table(robot, "#contacts-table");
        java.util.List<ContactRow> rows = java.util.List.copyOf(contacts.getItems());
        ContactRow a = rows.stream().filter(r -> r.title() != null).findFirst().orElseThrow();
        ContactRow b = rows.stream().filter(r -> r.title() != null && !r.title().equals(a.title())).findFirst().orElseThrow();
        robot.interact(() -> {
            contacts.getSelectionModel().clearSelection();
            contacts.getSelectionModel().select(a);
            contacts.getSelectionModel().select(b);
        });
        UiWait.until(() -> !robot.lookup("#merge-contacts").query().isDisabled());
        robot.clickOn("#merge-contacts");
        UiWait.until(() -> robot.lookup("#merge-title-second").tryQuery().map(Node::isVisible).orElse(false));
        String kept = robot.lookup("#merge-title-second").queryAs(javafx.scene.control.RadioButton.class).getText();
        robot.clickOn("#merge-title-second");
        robot.clickOn("#merge-button");

        UiWait.until(() -> store.contacts().find(a.id()).orElseThrow().isDeleted() != store.contacts().find(b.id()).orElseThrow().isDeleted()
                && contacts.getItems().stream().filter(r -> r.id().equals(a.id()) || r.id().equals(b.id())).count() == 1);
        var first = store.contacts().find(a.id()).orElseThrow();
        var survivor = first.isDeleted() ? store.contacts().find(b.id()).orElseThrow() : first;
        var loser = first.isDeleted() ? first : store.contacts().find(b.id()).orElseThrow();
        assertEquals(survivor.getId(), loser.getMergedInto());
        assertEquals(kept, survivor.getTitle(), "the survivor took the chosen title");
    }
}
