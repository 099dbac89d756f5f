package com.nexuscrm.app;

import com.nexuscrm.usecase.EmptyWorkspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.CallRecording;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.call.CallStatus;
import com.nexuscrm.domain.call.Speaker;
import com.nexuscrm.domain.call.SpokenWord;
import com.nexuscrm.domain.call.Transcript;
import com.nexuscrm.storage.StoredCalls;
import com.nexuscrm.storage.WorkspaceMeta;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.ui.calls.CallDetailViewModel;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import com.nexuscrm.conversation.AnalysisSettings;
import com.nexuscrm.conversation.CallAnalysisJson;
import com.nexuscrm.conversation.CallAnalyzer;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Calls and Deals screens over a workspace with seeded calls (no audio, no Vosk). */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class CallsScreensTest {
    private static final String PASS = "calls-screens-passphrase";
    private static final String SPOKEN = "hi thanks for joining what is your budget for this quarter";
    private static final String ANSWER = "we are also looking at hub spot and the pricing worries us";

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
    void callsShowTheirTranscriptSearchAndSeekAndDealsShowTheLastCall(FxRobot robot) throws Exception {
        ScreenWindow.create(robot, "#choice-empty", PASS);
        UiWait.until(() -> robot.lookup("No leads match these filters.").tryQuery().isPresent());
        seed(context.sessionStore());

        robot.clickOn("#nav-calls");
        UiWait.until(() -> robot.lookup("#calls-table").queryAs(TableView.class).getItems().size() == 2);
        UiWait.clickShown(robot, "Discovery call");
        UiWait.until(() -> robot.lookup(".transcript-word").queryAll().size() == 23);
        assertEquals("Discovery call", robot.lookup("#call-title").queryAs(Label.class).getText());

        CallDetailViewModel detail = context.callsScreen().detail();
        robot.clickOn("#transcript-search").write("pricing");
        UiWait.until(() -> "1 of 1".equals(robot.lookup("#transcript-matches").queryAs(Label.class).getText()));
        Node pricing = word(robot, "pricing");
        assertTrue(pricing.getStyleClass().contains("word-match-current"));
        assertEquals(start("pricing"), detail.positionProperty().get(), 1e-9);

        robot.clickOn(word(robot, "budget"));
        UiWait.until(() -> Math.abs(detail.positionProperty().get() - start("budget")) < 1e-9);
        assertTrue(word(robot, "budget").getStyleClass().contains("word-current"));

        // The analysis panel: figures, and a moment whose evidence jumps the transcript to where it was said.
        UiWait.until(() -> robot.lookup("Rep talk ratio").tryQuery().isPresent());
        Hyperlink competitor = robot.lookup("#analysis-moments .hyperlink")
                .match(n -> ((Hyperlink) n).getText().contains("Competitor · HubSpot")).queryAs(Hyperlink.class);
        robot.interact(competitor::fire); // the panel scrolls; firing the link is what a click does
        UiWait.until(() -> Math.abs(detail.positionProperty().get() - start("hub")) < 1e-9);
        assertTrue(word(robot, "hub").getStyleClass().contains("word-current"));

        UiWait.clickShown(robot, "Follow-up");
        UiWait.until(() -> robot.lookup("#call-notice").queryAs(Label.class).getText().contains("not an audio stream"));
        assertTrue(robot.lookup(".transcript-word").queryAll().isEmpty());

        robot.clickOn("#nav-deals");
        robot.clickOn("#deals-list-toggle"); // the section opens on its board
        UiWait.until(() -> robot.lookup("#deals-table").queryAs(TableView.class).getItems().size() == 1);
        assertTrue(robot.lookup("+0.42").tryQuery().isPresent());
        assertTrue(robot.lookup("HubSpot").tryQuery().isPresent());
        assertTrue(robot.lookup("price, timing").tryQuery().isPresent());
    }

    private static Node word(FxRobot robot, String text) {
        return robot.lookup(".transcript-word").match(n -> text.equals(((Label) n).getText())).query();
    }

    private static double start(String word) {
        List<String> all = new ArrayList<>(List.of(SPOKEN.split(" ")));
        all.addAll(List.of(ANSWER.split(" ")));
        int i = all.indexOf(word);
        return i < SPOKEN.split(" ").length ? 1.0 + i * 0.5 : 8.0 + (i - SPOKEN.split(" ").length) * 0.5;
    }

    private static List<SpokenWord> words(Speaker speaker, String text, double from) {
        List<SpokenWord> out = new ArrayList<>();
        String[] split = text.split(" ");
        for (int i = 0; i < split.length; i++) {
            out.add(new SpokenWord(speaker, split[i], from + i * 0.5, from + i * 0.5 + 0.4, 0.9));
        }
        return out;
    }

    private static void seed(WorkspaceStore store) {
        UUID me = UUID.fromString(store.meta().get(WorkspaceMeta.CURRENT_USER).orElseThrow());
        Deal deal = new Deal();
        deal.setName("Acme renewal");
        deal.setStage(DealStage.NEGOTIATION);
        deal.setAmount(new BigDecimal("48000"));
        deal.setCurrency("USD");
        deal.setCloseDate(LocalDate.now().plusDays(30));
        deal.setOwnerId(me);
        deal.setCreatedAt(Instant.now().minusSeconds(86_400));
        deal.setLastCallAt(Instant.now().minusSeconds(3600));
        deal.setLastCallSentiment(0.42);
        deal.setLastCallObjections("price, timing");
        deal.setLastCallCompetitors("HubSpot");
        deal.setLastCallSignals("asked for a proposal");
        store.repository(Deal.class).save(deal);
        CallRecording analysed = call(store, me, deal, "Discovery call", CallStatus.ANALYSED, null, 7200);
        List<SpokenWord> words = new ArrayList<>(words(Speaker.REP, SPOKEN, 1.0));
        words.addAll(words(Speaker.CUSTOMER, ANSWER, 8.0));
        Transcript transcript = new Transcript(15, 2, "test", words);
        new StoredCalls(store).saveTranscriptJson(analysed.getId(), CallAnalysisJson.write(transcript));
        analysed.setAnalysisJson(CallAnalysisJson.write(new CallAnalyzer().analyze(transcript, AnalysisSettings.defaults())));
        store.repository(CallRecording.class).save(analysed);
        call(store, me, deal, "Follow-up", CallStatus.FAILED, "notes.mp3 is not an audio stream. Attach WAV, MP3 or FLAC.", 60);
    }

    private static CallRecording call(WorkspaceStore store, UUID me, Deal deal, String subject, CallStatus status,
                                      String detail, long secondsAgo) {
        Activity a = new Activity();
        a.setType(ActivityType.CALL);
        a.setSubject(subject);
        a.setOwnerId(me);
        a.setDealId(deal.getId());
        a.setOccurredAt(Instant.now().minusSeconds(secondsAgo));
        store.repository(Activity.class).save(a);
        CallRecording r = new CallRecording();
        r.setActivityId(a.getId());
        r.setDealId(deal.getId());
        r.setOwnerId(me);
        r.setCallAt(a.getOccurredAt());
        r.setFileName(subject.toLowerCase().replace(' ', '-') + ".wav");
        r.setDurationSeconds(15);
        r.setStatus(status.name());
        r.setStatusDetail(detail);
        return store.repository(CallRecording.class).save(r);
    }
}
