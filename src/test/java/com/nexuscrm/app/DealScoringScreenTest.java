package com.nexuscrm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.app.adapters.DealScoringModels;
import com.nexuscrm.domain.DealScore;
import com.nexuscrm.testing.ClosedDeals;
import com.nexuscrm.ui.settings.TrainableModels;
import com.nexuscrm.usecase.EmptyWorkspace;
import com.nexuscrm.usecase.RescoreDeals;
import com.nexuscrm.usecase.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
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
 * Settings → Deal scoring in the real window on a small generated history (260 closed deals, 12 open): a training
 * started is cancelled, then one runs to its end with real DL4J training; the card, the registry and the open deals'
 * scores follow, and going to the fallback puts every open deal back on its stage's usual rate.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class DealScoringScreenTest {
    private static final String PASS = "deal-scoring-passphrase";
    private static final int OPEN = 12;

    @TempDir
    static Path root;
    private AppContext context;

    @Start
    void start(Stage window) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.DAYS);
        context = ScreenWindow.open(window, root.resolve("ws"), (store, progress) -> {
            EmptyWorkspace.seed(store, progress);
            ClosedDeals.write(store, 260, OPEN, now, 5);
        });
    }

    @AfterEach
    void closeWorkspace() throws Exception {
        ScreenWindow.close(context);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    /** Scrolls Settings until the node is in view, then clicks it as a person would. */
    private static void click(FxRobot robot, String id) throws Exception {
        Node node = robot.lookup(id).query();
        robot.interact(() -> {
            ScrollPane pane = (ScrollPane) node.getScene().lookup(".scroll-pane");
            Bounds inContent = pane.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double room = pane.getContent().getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
            pane.setVvalue(Math.max(0, Math.min(1, (inContent.getMinY() - 100) / room)));
        });
        UiWait.clickShown(robot, id);
    }

    @Test
    void trainingFromSettingsScoresTheOpenDealsAndShowsTheCard(FxRobot robot) throws Exception {
        ScreenWindow.create(robot, "#choice-sample", PASS); // the sample choice runs the seeder above
        UiWait.until(() -> robot.lookup("No leads match these filters.").tryQuery().isPresent());
        robot.clickOn("#nav-settings");
        UiWait.until(() -> text(robot, "#deal-scoring-active").contains("each stage's usual win rate"));

        click(robot, "#deal-scoring-train");
        UiWait.until(() -> robot.lookup("#deal-scoring-train").query().isDisabled());
        click(robot, "#deal-scoring-cancel");
        UiWait.until(120, () -> text(robot, "#deal-scoring-result").startsWith("Cancelled."));
        // Train comes back only once the cancelled run has stopped, so the registry is final here: a cancel that
        // lands while the networks train keeps nothing, one that lands in the rescoring after the save keeps that
        // version; either way the next training makes the next version, and nothing else saves one meanwhile
        UiWait.until(120, () -> !robot.lookup("#deal-scoring-train").query().isDisabled()); // a busy machine trains slowly
        int before = savedVersions();
        String next = "deals-v" + (before + 1);

        click(robot, "#deal-scoring-train");
        UiWait.until(240, () -> text(robot, "#deal-scoring-result").startsWith(next + " is now active"));
        assertTrue(text(robot, "#deal-scoring-result").contains("Rescored " + OPEN + " open deals"), text(robot, "#deal-scoring-result"));
        UiWait.until(() -> text(robot, "#deal-scoring-active").startsWith("In use: " + next));
        assertEquals(before + 1, savedVersions());
        UiWait.until(() -> versions(robot).getItems().size() == before + 1);
        assertTrue(versions(robot).getItems().get(0).active());
        assertEquals(next, versions(robot).getItems().get(0).version(), "newest first");
        @SuppressWarnings("unchecked")
        TableView<TrainableModels.Candidate> candidates = robot.lookup("#deal-scoring-candidates").queryAs(TableView.class);
        assertTrue(candidates.getItems().stream().anyMatch(c -> c.name().equals("base rate")), "the baseline beside the candidates");
        assertEquals(1, candidates.getItems().stream().filter(TrainableModels.Candidate::selected).count());
        assertTrue(robot.lookup("#deal-scoring-card").query().isVisible());
        assertTrue(scores().values().stream().allMatch(s -> s.modelVersion().equals(next)));
        assertEquals(OPEN, scores().size());
        Screenshots.save(robot.lookup("#deal-scoring").query().getScene(), Path.of("target/screenshots/deal-scoring.png"));

        click(robot, "#deal-scoring-fallback");
        UiWait.until(() -> robot.lookup("OK").tryQuery().isPresent());
        robot.clickOn("OK");
        UiWait.until(120, () -> text(robot, "#deal-scoring-result").startsWith("Scores now come from each stage's usual win rate"));
        assertTrue(scores().values().stream().allMatch(s -> s.modelVersion().equals("stage-default")));
        UiWait.until(() -> !versions(robot).getItems().isEmpty() && !versions(robot).getItems().get(0).active());
    }

    @SuppressWarnings("unchecked")
    private static TableView<TrainableModels.Version> versions(FxRobot robot) {
        return robot.lookup("#deal-scoring-versions").queryAs(TableView.class);
    }

    /** The versions in the workspace's deal-model registry, read afresh (not the table, which reloads in the background). */
    private int savedVersions() {
        return new DealScoringModels(new RescoreDeals(Workspace.over(context.sessionStore()), Clock.systemUTC())).versions().size();
    }

    private Map<UUID, DealScore> scores() {
        return Workspace.over(context.sessionStore()).dealScores().all();
    }
}
