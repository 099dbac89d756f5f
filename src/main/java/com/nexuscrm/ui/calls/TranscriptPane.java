package com.nexuscrm.ui.calls;

import com.nexuscrm.domain.call.SpokenWord;
import com.nexuscrm.domain.call.Utterance;
import com.nexuscrm.ui.calls.TranscriptIndex.Match;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The transcript as rows of utterances (speaker, time, words). Every word is a label that seeks when clicked;
 * the spoken word and the search matches are shown by style classes, and kept in view.
 */
final class TranscriptPane {
    static final String WORD = "transcript-word";
    static final String CURRENT = "word-current";
    static final String MATCH = "word-match";
    static final String CURRENT_MATCH = "word-match-current";

    private final ScrollPane scroll;
    private final VBox box;
    private final List<Label> words = new ArrayList<>();
    private int current = -1;

    TranscriptPane(ScrollPane scroll, VBox box) {
        this.scroll = scroll;
        this.box = box;
    }

    void show(List<Utterance> utterances, IntConsumer onWordClicked) {
        words.clear();
        current = -1;
        List<Node> rows = new ArrayList<>();
        for (Utterance u : utterances) {
            Label who = new Label(u.speaker().label() + "  " + CallsViewModel.duration((int) u.start()));
            who.getStyleClass().addAll("utterance-speaker", "speaker-" + u.speaker().name().toLowerCase());
            who.setMinWidth(110);
            FlowPane line = new FlowPane(4, 2);
            HBox.setHgrow(line, Priority.ALWAYS);
            for (SpokenWord w : u.words()) {
                int index = words.size();
                Label word = new Label(w.text());
                word.getStyleClass().add(WORD);
                word.setOnMouseClicked(e -> onWordClicked.accept(index));
                words.add(word);
                line.getChildren().add(word);
            }
            HBox row = new HBox(10, who, line);
            row.getStyleClass().add("utterance");
            rows.add(row);
        }
        box.getChildren().setAll(rows);
        scroll.setVvalue(0);
    }

    void highlightWord(int index) {
        style(current, CURRENT, false);
        current = index;
        style(index, CURRENT, true);
        reveal(index);
    }

    void highlightMatches(List<Match> matches, Match selected) {
        words.forEach(w -> w.getStyleClass().removeAll(MATCH, CURRENT_MATCH));
        for (Match m : matches) {
            for (int i = m.first(); i < m.first() + m.count(); i++) {
                style(i, m.equals(selected) ? CURRENT_MATCH : MATCH, true);
            }
        }
        if (selected != null) {
            reveal(selected.first());
        }
    }

    private void style(int index, String styleClass, boolean on) {
        if (index >= 0 && index < words.size()) {
            Label w = words.get(index);
            w.getStyleClass().remove(styleClass);
            if (on) {
                w.getStyleClass().add(styleClass);
            }
        }
    }

    /** Scrolls so the word is in view, a third from the top, when it is outside the visible part. */
    private void reveal(int index) {
        if (index < 0 || index >= words.size() || box.getScene() == null) {
            return;
        }
        box.applyCss();
        box.layout();
        Label w = words.get(index);
        Bounds b = box.sceneToLocal(w.localToScene(w.getBoundsInLocal()));
        double viewport = scroll.getViewportBounds().getHeight();
        double range = box.getHeight() - viewport;
        if (range <= 0) {
            return;
        }
        double top = scroll.getVvalue() * range;
        if (b.getMinY() < top || b.getMaxY() > top + viewport) {
            scroll.setVvalue(Math.max(0, Math.min(1, (b.getMinY() - viewport / 3) / range)));
        }
    }
}
