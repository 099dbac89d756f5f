package com.nexuscrm.ui.leads;

import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.domain.LeadScore;
import com.nexuscrm.domain.ScoreFactor;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The score panel in the lead detail pane: score, sub-scores, the factors behind it and the what-if line. */
public final class LeadScoreView {
    private static final String[] BANDS = {"score-hot", "score-warm", "score-cold"};
    private final LeadScoreViewModel model;
    private final ProgressBar[] bars = new ProgressBar[3];
    private final Label[] values = new Label[3];
    @FXML private Label score;
    @FXML private Label headline;
    @FXML private Label whatIf;
    @FXML private GridPane subScores;
    @FXML private VBox factors;
    @FXML private Label version;
    @FXML private Label problem;

    public LeadScoreView(LeadScoreViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        String[] names = {"Fit", "Intent", "Engagement"};
        for (int i = 0; i < names.length; i++) {
            bars[i] = new ProgressBar(0);
            bars[i].setMaxWidth(Double.MAX_VALUE);
            bars[i].setId("sub-score-" + names[i].toLowerCase());
            values[i] = new Label();
            subScores.addRow(i, new Label(names[i]), bars[i], values[i]);
        }
        whatIf.textProperty().bind(model.whatIfProperty());
        hideWhenEmpty(whatIf);
        problem.textProperty().bind(model.problemProperty());
        hideWhenEmpty(problem);
        model.currentProperty().addListener((o, old, current) -> show(current));
        model.factors().addListener((ListChangeListener<ScoreFactor>) c -> showFactors());
        show(model.currentProperty().get());
    }

    private void show(LeadScore s) {
        score.getStyleClass().removeAll(BANDS);
        if (s == null) {
            score.setText("…");
            headline.setText("Scoring…");
            version.setText("");
            return;
        }
        score.setText(Integer.toString(s.score()));
        score.getStyleClass().add("score-" + LeadScoreViewModel.band(s.score()));
        headline.setText(Formats.user().percent(s.probability()) + " likely to convert");
        int[] parts = {s.fit(), s.intent(), s.engagement()};
        for (int i = 0; i < parts.length; i++) {
            bars[i].setProgress(parts[i] / 100.0);
            values[i].setText(Integer.toString(parts[i]));
        }
        version.setText("Model " + s.modelVersion() + ". Sub-scores: a typical lead with only this lead's fit, intent"
                + " or engagement signals. Points: the change if that signal were typical.");
    }

    private void showFactors() {
        factors.getChildren().clear();
        for (ScoreFactor f : model.factors()) {
            Label points = new Label((f.points() > 0 ? "+" : "\u2212") + Math.abs(f.points()));
            points.getStyleClass().add(f.points() > 0 ? "factor-plus" : "factor-minus");
            points.setMinWidth(34);
            Label text = new Label(f.text());
            text.setWrapText(true);
            factors.getChildren().add(new HBox(6, points, text));
        }
    }

    private static void hideWhenEmpty(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }
}
