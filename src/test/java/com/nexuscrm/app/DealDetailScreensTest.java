package com.nexuscrm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealChange;
import com.nexuscrm.domain.DealLineItem;
import com.nexuscrm.domain.DealRepository;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.ui.deals.DealLine;
import com.nexuscrm.usecase.SampleSeeding;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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
 * The deal detail on the real window over a sample workspace: a deal picked in the Deals list opens beside it; a
 * product typed into the Products table and saved is stored with the deal, whose amount becomes the products' sum,
 * with an entry in its history.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class DealDetailScreensTest {
    private static final String PASS = "deal-detail-screens";

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

    /** The text field of one column ({@code .line-product}, ...) in the given row of the products table. */
    private static TextField field(FxRobot robot, String column, int row) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup(column).queryAllAs(TextField.class).stream()
                .filter(t -> t.getScene() != null && t.getParent() instanceof TableCell<?, ?> cell && cell.getIndex() == row)
                .findFirst().orElseThrow()).get();
    }

    private static void type(FxRobot robot, TextField field, String text) {
        robot.clickOn(field).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write(text);
    }

    @Test
    void aDealIsOpenedAProductIsAddedAndSavedAsItsAmountWithAHistoryEntry(FxRobot robot) throws Exception {
        ScreenWindow.create(robot, "#choice-sample", PASS);
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> robot.lookup("#nav-deals").tryQuery()
                .map(n -> !n.isDisabled()).orElse(false));
        robot.clickOn("#nav-deals");
        robot.clickOn("#deals-list-toggle");
        UiWait.until(() -> !table(robot, "#deals-table").getItems().isEmpty());
        WorkspaceStore store = context.sessionStore();
        DealRepository deals = store.deals();
        TableView<DealLine> list = table(robot, "#deals-table");
        DealLine line = list.getItems().stream().filter(l -> !l.stage().isClosed()).findFirst().orElseThrow();
        Deal deal = deals.find(line.id()).orElseThrow();
        int historyBefore = deals.history(deal.getId()).size();
        int itemsBefore = deals.lineItems(deal.getId()).size();

        robot.interact(() -> list.getSelectionModel().select(line));
        UiWait.until(() -> line.name().equals(robot.lookup("#deal-heading").queryAs(Label.class).getText()));
        robot.clickOn("#deal-products-tab");
        robot.clickOn("#deal-add-product");
        UiWait.until(() -> field(robot, ".line-product", itemsBefore) != null);
        type(robot, field(robot, ".line-product", itemsBefore), "Implementation days");
        type(robot, field(robot, ".line-quantity", itemsBefore), "3");
        type(robot, field(robot, ".line-unitPrice", itemsBefore), "1234.50");
        type(robot, field(robot, ".line-discount", itemsBefore), "10");
        Screenshots.save(window.getScene(), Path.of("target", "deal-detail-products.png")); // to look at
        robot.clickOn("#deal-save");

        UiWait.until(() -> deals.lineItems(deal.getId()).size() == itemsBefore + 1);
        List<DealLineItem> items = deals.lineItems(deal.getId());
        BigDecimal sum = items.stream().map(DealLineItem::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertTrue(items.stream().anyMatch(i -> "Implementation days".equals(i.getProduct()) && i.getQuantity() == 3
                && i.total().compareTo(new BigDecimal("3333.15")) == 0), "3 × 1,234.50 less 10%");
        assertEquals(0, sum.compareTo(deals.find(deal.getId()).orElseThrow().getAmount()), "the amount is the products' sum");
        List<DealChange> history = deals.history(deal.getId());
        assertEquals(historyBefore + 1, history.size(), "the amount change is one history entry");
        assertEquals(0, sum.compareTo(history.get(history.size() - 1).getAmount()));
        UiWait.until(() -> !((TableView<?>) robot.lookup("#deal-history").query()).getItems().isEmpty());
    }
}
