package com.nexuscrm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.ForecastCategory;
import com.nexuscrm.storage.WorkspaceMeta;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.ui.forecast.ForecastPeriodChoice;
import com.nexuscrm.ui.forecast.ForecastRepRow;
import com.nexuscrm.usecase.EmptyWorkspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.UUID;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
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
import org.testfx.util.WaitForAsyncUtils;

/** The Forecast section in the real window: the figures match the store, and another period shows its own. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ForecastScreenTest {
    private static final String PASS = "forecast-screen-passphrase";

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

    private static String tile(FxRobot robot, String id) {
        return robot.lookup("#tile-" + id).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    @Test
    void theFiguresMatchTheStoreAndFollowThePeriod(FxRobot robot) throws Exception {
        ScreenWindow.create(robot, "#choice-empty", PASS);
        UiWait.until(() -> robot.lookup("No leads match these filters.").tryQuery().isPresent());
        WorkspaceStore store = context.sessionStore();
        UUID me = UUID.fromString(store.meta().get(WorkspaceMeta.CURRENT_USER).orElseThrow());
        LocalDate today = LocalDate.now(Formats.user().zone());
        LocalDate nextQuarter = today.withDayOfMonth(1).withMonth((today.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1).plusMonths(3);
        deal(store, me, DealStage.NEGOTIATION, "12000", today, ForecastCategory.COMMIT);
        deal(store, me, DealStage.PROPOSAL, "5000", nextQuarter, null);
        deal(store, me, DealStage.CLOSED_WON, "3000", today, null);

        robot.clickOn("#nav-forecast");
        Formats f = Formats.user();
        UiWait.until(() -> tile(robot, "closed-won").equals(f.shortMoney("USD", new BigDecimal("3000"))));
        assertEquals(f.shortMoney("USD", new BigDecimal("12000")), tile(robot, "pipeline"));
        assertEquals(f.shortMoney("USD", new BigDecimal("12000")), tile(robot, "commit"));
        assertEquals(f.shortMoney("USD", new BigDecimal("9000")), tile(robot, "weighted"), "75% by stage: no score yet");
        assertEquals(f.shortMoney("USD", new BigDecimal("12000")), tile(robot, "adjusted-total"));
        @SuppressWarnings("unchecked")
        TableView<ForecastRepRow> reps = robot.lookup("#forecast-reps").queryAs(TableView.class);
        assertEquals(1, reps.getItems().size());
        assertEquals(f.money("USD", new BigDecimal("9000")), reps.getItems().get(0).weighted());

        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#forecast-period").queryAs(ComboBox.class)
                .setValue(ForecastPeriodChoice.NEXT_QUARTER)).get();
        UiWait.until(() -> tile(robot, "pipeline").equals(f.shortMoney("USD", new BigDecimal("5000"))));
        assertEquals(f.shortMoney("USD", BigDecimal.ZERO), tile(robot, "closed-won"));
        assertEquals(f.shortMoney("USD", new BigDecimal("2500")), tile(robot, "stage-weighted"));
    }

    private static Deal deal(WorkspaceStore store, UUID me, DealStage stage, String amount, LocalDate close, ForecastCategory c) {
        Deal deal = new Deal();
        deal.setName("Acme " + stage + " " + amount);
        deal.setStage(stage);
        deal.setAmount(new BigDecimal(amount));
        deal.setCurrency("USD");
        deal.setOwnerId(me);
        deal.setCreatedAt(Instant.now().minusSeconds(20 * 86_400));
        deal.setCloseDate(close);
        deal.setForecastCategory(c);
        deal.setClosedAt(stage.isClosed() ? Instant.now() : null);
        return store.repository(Deal.class).save(deal);
    }
}
