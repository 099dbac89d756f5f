package com.nexuscrm.ui.calls;

import atlantafx.base.theme.Styles;
import com.nexuscrm.domain.call.CallClock;
import com.nexuscrm.conversation.CoachingPoint;
import com.nexuscrm.domain.call.Evidence;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The analysis panel of the call detail (see {@link CallAnalysisViewModel}). */
public final class CallAnalysisView {
    private final CallAnalysisViewModel model;
    @FXML private ScrollPane root;
    @FXML private Label message;
    @FXML private VBox body;
    @FXML private GridPane metrics;
    @FXML private LineChart<Number, Number> sentiment;
    @FXML private NumberAxis timeAxis;
    @FXML private VBox coaching;
    @FXML private ComboBox<CallAnalysisViewModel.Kind> kind;
    @FXML private VBox moments;
    @FXML private VBox notComputed;

    public CallAnalysisView(CallAnalysisViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        body.visibleProperty().bind(model.analysisProperty().isNotNull());
        body.managedProperty().bind(body.visibleProperty());
        SentimentChart.clockAxis(timeAxis);
        kind.getItems().setAll(CallAnalysisViewModel.Kind.values());
        kind.getSelectionModel().select(CallAnalysisViewModel.Kind.ALL);
        kind.valueProperty().addListener((o, a, k) -> model.filter(k));
        model.metrics().addListener((ListChangeListener<CallAnalysisViewModel.Metric>) c -> showMetrics());
        model.coaching().addListener((ListChangeListener<CoachingPoint>) c -> showCoaching());
        model.moments().addListener((ListChangeListener<CallAnalysisViewModel.Moment>) c -> showMoments());
        model.notComputed().addListener((ListChangeListener<String>) c -> showNotComputed());
        model.analysisProperty().addListener((o, a, analysis) -> SentimentChart.show(sentiment, analysis));
        showMetrics();
        showCoaching();
        showMoments();
        showNotComputed();
        SentimentChart.show(sentiment, model.analysisProperty().get());
    }

    private void showMetrics() {
        metrics.getChildren().clear();
        int row = 0;
        for (CallAnalysisViewModel.Metric m : model.metrics()) {
            Label name = new Label(m.name());
            name.getStyleClass().add(Styles.TEXT_MUTED);
            Label value = new Label(m.value());
            value.getStyleClass().add(Styles.TEXT_BOLD);
            if (!m.note().isEmpty()) {
                value.setTooltip(new Tooltip(m.note()));
                name.setTooltip(new Tooltip(m.note()));
            }
            metrics.addRow(row++, name, value);
        }
    }

    private void showCoaching() {
        coaching.getChildren().clear();
        if (model.coaching().isEmpty()) {
            Label none = new Label("Nothing to coach on this call: it is within the research ranges and the team's top quartile.");
            none.setWrapText(true);
            none.getStyleClass().add(Styles.TEXT_MUTED);
            coaching.getChildren().add(none);
        }
        for (CoachingPoint p : model.coaching()) {
            Label area = new Label(p.area().isEmpty() ? "" : Character.toUpperCase(p.area().charAt(0)) + p.area().substring(1));
            area.getStyleClass().add(Styles.TEXT_BOLD);
            Label text = new Label(p.message());
            text.setWrapText(true);
            VBox point = new VBox(2, area, text);
            point.getStyleClass().add("coaching-point");
            p.evidence().forEach(e -> point.getChildren().add(link(CallClock.format(e.start()) + "  “" + e.quote() + "”", e)));
            coaching.getChildren().add(point);
        }
    }

    private void showMoments() {
        moments.getChildren().setAll(model.moments().stream().map(m -> link(m.text(), m.evidence())).toList());
        if (model.moments().isEmpty()) {
            Label none = new Label("None in this call.");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            moments.getChildren().add(none);
        }
    }

    private void showNotComputed() {
        notComputed.getChildren().setAll(model.notComputed().stream().map(text -> {
            Label l = new Label("Not computed — " + text);
            l.setWrapText(true);
            l.getStyleClass().add(Styles.TEXT_MUTED);
            return l;
        }).toList());
    }

    /** A line that jumps the player and transcript to its evidence. */
    private Hyperlink link(String text, Evidence e) {
        Hyperlink link = new Hyperlink(text);
        link.setWrapText(true);
        link.setMaxWidth(Double.MAX_VALUE);
        link.setOnAction(a -> model.jumpTo(e));
        return link;
    }

    ScrollPane root() { return root; }
}
