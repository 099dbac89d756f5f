package com.nexuscrm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.conversation.MeetingTranscript.SpeakerShare;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.storage.WorkspaceMeta;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.testing.TranscriptSamples;
import com.nexuscrm.usecase.EmptyWorkspace;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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

/** Calls ▸ Attach transcript… in the real window: the rep question, the analysed call without audio, a bad file. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class TranscriptAttachScreensTest {
    private static final String PASS = "transcript-screens-passphrase";

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
    void aTranscriptIsAttachedWithTheChosenRepAnalysedAndShownWithoutARecording(FxRobot robot) throws Exception {
        ScreenWindow.create(robot, "#choice-empty", PASS);
        UiWait.until(() -> robot.lookup("No leads match these filters.").tryQuery().isPresent());
        seedDeal(context.sessionStore());
        robot.clickOn("#nav-calls");
        UiWait.until(() -> robot.lookup("#calls-table").tryQuery().isPresent());

        robot.interact(() -> context.callsScreen().readTranscript(TranscriptSamples.path("zoom-discovery.vtt")));
        UiWait.until(() -> robot.lookup("#transcript-rep").tryQuery().isPresent());
        assertEquals("Dana Whitfield", rep(robot).getValue().name());
        assertTrue(text(robot, "#transcript-rep-why").startsWith("Suggested: talked most."));
        TextField subject = robot.lookup("#attach-subject").queryAs(TextField.class);
        assertEquals("Call with Marcus Lee, Priya Raman", subject.getText());
        robot.interact(() -> rep(robot).getSelectionModel().select(1));
        assertEquals("Call with Dana Whitfield, Priya Raman", subject.getText(), "the subject follows the rep until edited");
        robot.interact(() -> rep(robot).getSelectionModel().select(0));
        UiWait.clickShown(robot, "Brightline expansion");
        dialogButton(robot, "Attach");

        UiWait.until(() -> robot.lookup("#calls-table").queryAs(TableView.class).getItems().size() == 1);
        UiWait.until(() -> robot.lookup(".transcript-word").queryAll().size() == 184);
        assertEquals("Call with Marcus Lee, Priya Raman", text(robot, "#call-title"));
        assertTrue(text(robot, "#call-facts").startsWith("Brightline expansion"), text(robot, "#call-facts"));
        assertEquals("No recording: from zoom-discovery.vtt", text(robot, "#call-audio-message"));
        assertEquals("0:00 / 1:10", text(robot, "#call-time"));
        assertTrue(robot.lookup("#call-play").queryAs(Button.class).isDisabled());
        UiWait.until(() -> robot.lookup("Rep talk ratio").tryQuery().isPresent());

        // The next transcript with Dana in it suggests her again, remembered; closing the question attaches nothing.
        robot.interact(() -> context.callsScreen().readTranscript(TranscriptSamples.path("teams-discovery.vtt")));
        UiWait.until(() -> robot.lookup("#transcript-rep").tryQuery().isPresent());
        assertEquals("Dana Whitfield", rep(robot).getValue().name());
        assertTrue(text(robot, "#transcript-rep-why").startsWith("Suggested: remembered as the rep."));
        dialogButton(robot, "Cancel");
        UiWait.until(() -> robot.lookup("#transcript-rep").tryQuery().isEmpty());

        // A bad file: the error names the file and the line, and nothing is stored.
        Path bad = Files.writeString(root.resolve("bad.vtt"), "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nAnna: hi\n\n"
                + "00:00:03.000 --> 00:00:0.4000\nBob: yo\n");
        robot.interact(() -> context.callsScreen().readTranscript(bad));
        UiWait.until(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertEquals("bad.vtt, line 6: '00:00:0.4000' is not a time. Cue times look like 00:01:02.500; fix the line or"
                + " export the transcript again.", robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText());
        dialogButton(robot, "OK");
        assertEquals(1, robot.lookup("#calls-table").queryAs(TableView.class).getItems().size());
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<SpeakerShare> rep(FxRobot robot) {
        return robot.lookup("#transcript-rep").queryAs(ComboBox.class);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static void dialogButton(FxRobot robot, String label) {
        robot.clickOn(robot.lookup(".dialog-pane .button")
                .match((Node n) -> n instanceof Button b && label.equals(b.getText())).queryAs(Button.class));
    }

    private static void seedDeal(WorkspaceStore store) {
        UUID me = UUID.fromString(store.meta().get(WorkspaceMeta.CURRENT_USER).orElseThrow());
        Deal deal = new Deal();
        deal.setName("Brightline expansion");
        deal.setStage(DealStage.PROPOSAL);
        deal.setAmount(new BigDecimal("36000"));
        deal.setCurrency("USD");
        deal.setCloseDate(LocalDate.now().plusDays(45));
        deal.setOwnerId(me);
        deal.setCreatedAt(Instant.now().minusSeconds(86_400));
        store.repository(Deal.class).save(deal);
    }
}
