package com.nexuscrm.ui.leads;

import com.nexuscrm.domain.LeadRow;
import java.util.Comparator;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/** The inbox's score: a badge coloured by band, and an arrow when the last rescoring moved it. */
final class ScoreCell extends TableCell<LeadItem, LeadRow> {
    /** Unscored leads sort below every scored one. */
    static final Comparator<LeadRow> BY_SCORE = Comparator.comparing(LeadRow::score, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final Label badge = new Label();
    private final Label trend = new Label();
    private final HBox box = new HBox(4, badge, trend);
    private final Tooltip tip = new Tooltip();

    ScoreCell() {
        badge.getStyleClass().add("score-badge");
        box.setAlignment(Pos.CENTER_LEFT);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(LeadRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null || row.score() == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        badge.setText(Integer.toString(row.score()));
        badge.getStyleClass().removeAll("score-hot", "score-warm", "score-cold");
        badge.getStyleClass().add("score-" + LeadScoreViewModel.band(row.score()));
        int change = row.scoreTrend();
        trend.setText(change > 0 ? "\u25b2" : change < 0 ? "\u25bc" : "");
        trend.getStyleClass().setAll("label", change > 0 ? "trend-up" : "trend-down");
        tip.setText(change == 0 ? "Score " + row.score()
                : "Score " + row.score() + ", was " + row.previousScore() + " before the last rescoring");
        setTooltip(tip);
        setGraphic(box);
    }
}
