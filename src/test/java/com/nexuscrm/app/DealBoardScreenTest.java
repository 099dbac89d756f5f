package com.nexuscrm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealChange;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.storage.WorkspaceMeta;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.usecase.EmptyWorkspace;
import com.nexuscrm.usecase.Workspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The deals board on the real window: a card dragged to another stage is saved with its history entry. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class DealBoardScreenTest {
    private static final String PASS = "deal-board-passphrase";

    @TempDir
    Path root;
    private AppContext context;

    @Start
    void start(Stage window) {
        context = ScreenWindow.open(window, root.resolve("ws"), EmptyWorkspace::seed);
    }

    @AfterEach
    void closeWorkspace() throws Exception {
        ScreenWindow.close(context);
    }

    @Test
    void aCardDraggedToAnotherStageIsSavedWithAHistoryEntry(FxRobot robot) throws Exception {
        UUID deal = openBoard(robot);
        robot.drag(card(robot, "Acme renewal")).dropTo("#deal-column-NEGOTIATION");

        UiWait.until(() -> cards(robot, "NEGOTIATION").size() == 1 && cards(robot, "PROPOSAL").isEmpty());
        UiWait.until(() -> stored(deal).getStage() == DealStage.NEGOTIATION);
        List<DealChange> history = Workspace.over(context.sessionStore()).deals().history(deal);
        assertEquals(DealStage.NEGOTIATION, history.get(history.size() - 1).getStage());
    }

    @Test
    void aCardDroppedOnClosedLostAsksWhyAndClosesTheDeal(FxRobot robot) throws Exception {
        UUID deal = openBoard(robot);

        robot.drag(card(robot, "Acme renewal")).dropTo("#deal-column-CLOSED_LOST");
        UiWait.until(() -> robot.lookup(".dialog-pane .text-field").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".dialog-pane .text-field").queryAs(TextField.class)).write("went with a competitor");
        robot.clickOn("OK");

        UiWait.until(() -> stored(deal).getStage() == DealStage.CLOSED_LOST);
        assertEquals("went with a competitor", stored(deal).getLostReason());
        UiWait.until(() -> cards(robot, "CLOSED_LOST").size() == 1);
    }

    private UUID openBoard(FxRobot robot) throws Exception {
        ScreenWindow.create(robot, "#choice-empty", PASS);
        UiWait.until(() -> robot.lookup("No leads match these filters.").tryQuery().isPresent());
        UUID deal = seed(context.sessionStore());
        robot.clickOn("#nav-deals");
        UiWait.until(() -> cards(robot, "PROPOSAL").size() == 1);
        return deal;
    }

    private Deal stored(UUID id) {
        return context.sessionStore().repository(Deal.class).find(id).orElseThrow();
    }

    private static Node card(FxRobot robot, String name) throws Exception {
        UiWait.until(() -> robot.lookup(".deal-card-name").match(n -> n.isVisible() && n.getScene() != null)
                .tryQuery().isPresent());
        return robot.lookup(".deal-card-name").match(n -> name.equals(((javafx.scene.control.Label) n).getText()))
                .query();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> cards(FxRobot robot, String stage) {
        return ((ListView<Object>) robot.lookup("#deal-column-" + stage).queryAs(ListView.class)).getItems();
    }

    private static UUID seed(WorkspaceStore store) {
        UUID me = UUID.fromString(store.meta().get(WorkspaceMeta.CURRENT_USER).orElseThrow());
        Deal deal = new Deal();
        deal.setName("Acme renewal");
        deal.setStage(DealStage.PROPOSAL);
        deal.setAmount(new BigDecimal("48000"));
        deal.setCurrency("USD");
        deal.setCloseDate(LocalDate.of(2031, 3, 31)); // open and far from today on any day the suite runs
        deal.setOwnerId(me);
        deal.setCreatedAt(Instant.parse("2026-01-05T09:00:00Z"));
        return store.repository(Deal.class).save(deal).getId();
    }
}
