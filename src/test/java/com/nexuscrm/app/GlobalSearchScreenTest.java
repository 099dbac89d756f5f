package com.nexuscrm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Account;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.RecordRef;
import com.nexuscrm.search.SearchHit;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.ui.search.GlobalSearchViewModel;
import com.nexuscrm.ui.shell.Section;
import com.nexuscrm.usecase.EmptyWorkspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import javafx.scene.input.KeyCode;
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

/** Ctrl+K anywhere: type, arrow down, Enter opens the second result's record and closes the popup. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class GlobalSearchScreenTest {
    private static final String PASS = "global-search-passphrase";
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

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

    @Test
    void ctrlKTypeArrowDownEnterOpensTheRecord(FxRobot robot) throws Exception {
        ScreenWindow.create(robot, "#choice-empty", PASS);
        UiWait.until(() -> context.globalSearch() != null);
        seed(context.sessionStore());
        robot.press(KeyCode.CONTROL).press(KeyCode.K).release(KeyCode.K).release(KeyCode.CONTROL);
        UiWait.until(() -> robot.lookup("#global-search-field").tryQuery().isPresent());
        robot.clickOn("#global-search-field").write("quimb");
        GlobalSearchViewModel model = context.globalSearch();
        UiWait.until(() -> model.results().size() == 2 && model.selectedProperty().get() == 0);
        assertTrue(model.results().stream().allMatch(h -> SearchHit.marked(h.title()).contains("[Quimby]")));
        robot.type(KeyCode.DOWN);
        UiWait.until(() -> model.selectedProperty().get() == 1);
        RecordRef second = model.results().get(1).target();
        robot.type(KeyCode.ENTER);
        UiWait.until(() -> context.shell().sectionProperty().get() == Section.DEALS);
        assertEquals(RecordRef.Kind.DEAL, second.kind());
        UiWait.until(() -> Window.getWindows().stream().noneMatch(w -> w.isShowing() && "Search".equals(titleOf(w))));
    }

    private static String titleOf(Window w) {
        return w instanceof Stage s ? s.getTitle() : "";
    }

    private static void seed(WorkspaceStore store) {
        Account account = new Account();
        account.setName("Springfield Freight");
        account.setCreatedAt(NOW);
        store.repository(Account.class).save(account);
        for (String name : new String[] {"Quimby renewal", "Quimby expansion"}) {
            Deal deal = new Deal();
            deal.setName(name);
            deal.setAccountId(account.getId());
            deal.setStage(DealStage.values()[0]);
            deal.setAmount(new BigDecimal("12000"));
            deal.setCurrency("USD");
            deal.setCloseDate(LocalDate.of(2027, 1, 31));
            deal.setCreatedAt(NOW);
            store.repository(Deal.class).save(deal);
        }
    }
}
