package com.nexuscrm.ui.calls;

import com.nexuscrm.ui.common.ScreenLifecycle;
import com.nexuscrm.domain.call.CallRow;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

/**
 * One call below the list: header, player, the transcript synced with playback, and beside it the analysis
 * panel ({@link CallAnalysisView}, included by the FXML).
 */
public final class CallDetailView {
    private final CallDetailViewModel model;
    @FXML private VBox content;
    @FXML private Label empty;
    @FXML private Label title;
    @FXML private Label facts;
    @FXML private Label notice;
    @FXML private Button play;
    @FXML private Slider timeline;
    @FXML private Label time;
    @FXML private Label audioMessage;
    @FXML private TextField search;
    @FXML private Label matchSummary;
    @FXML private ScrollPane transcriptScroll;
    @FXML private VBox transcriptBox;
    private TranscriptPane transcript;
    private CallPlayer player;

    public CallDetailView(CallDetailViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        content.visibleProperty().bind(model.callProperty().isNotNull());
        empty.visibleProperty().bind(model.callProperty().isNull());
        title.textProperty().bind(model.titleProperty());
        facts.textProperty().bind(model.factsProperty());
        notice.textProperty().bind(model.noticeProperty());
        hideWhenEmpty(notice);
        audioMessage.textProperty().bind(model.audioMessageProperty());
        hideWhenEmpty(audioMessage);
        matchSummary.textProperty().bind(model.matchSummaryProperty());
        bindTranscript();
        player = new CallPlayer(model, play, timeline, time);
        model.audioProperty().addListener((o, a, path) -> player.load(path, seconds(model.callProperty().get())));
        model.callProperty().addListener((o, a, row) -> {
            if (model.audioProperty().get() == null) { // no audio change to reload on (a call from a transcript)
                player.load(null, seconds(row));
            }
        });
        player.load(model.audioProperty().get(), seconds(model.callProperty().get()));
        ScreenLifecycle.whenRemoved(content, player::dispose);
    }

    private void bindTranscript() {
        transcript = new TranscriptPane(transcriptScroll, transcriptBox);
        model.utterances().addListener((javafx.collections.ListChangeListener<Object>) c -> showTranscript());
        model.currentWordProperty().addListener((o, a, word) -> transcript.highlightWord(word.intValue()));
        model.currentMatchProperty().addListener((o, a, b) -> showMatches());
        model.matches().addListener((javafx.collections.ListChangeListener<Object>) c -> showMatches());
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                if (e.isShiftDown()) {
                    model.previousMatch();
                } else {
                    model.nextMatch();
                }
                e.consume();
            }
        });
        showTranscript();
    }

    private void showTranscript() {
        transcript.show(model.utterances(), model::jumpToWord);
        transcript.highlightWord(model.currentWordProperty().get());
        showMatches();
    }

    private void showMatches() {
        transcript.highlightMatches(model.matches(), model.selectedMatch().orElse(null));
    }

    private static double seconds(CallRow row) {
        return row == null || row.durationSeconds() == null ? 0 : row.durationSeconds();
    }

    private static void hideWhenEmpty(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    @FXML
    private void onNext() {
        model.nextMatch();
    }

    @FXML
    private void onPrevious() {
        model.previousMatch();
    }
}
