package com.nexuscrm.ui.deals;

import atlantafx.base.theme.Styles;
import com.nexuscrm.domain.deal.RiskSeverity;
import com.nexuscrm.ui.common.Screen;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A deal's health (score, trend, components) and risks (severity, evidence, recommended action, "Create task"), as a
 * standalone node that a deal detail pane hosts (a tab) and drives with {@code model.show(dealId)}.
 */
public final class DealInsightsView {
    /** Loaded with the model its host drives: {@code loader.load(SCREEN, model)}. */
    public static final Screen<DealInsightsViewModel> SCREEN = Screen.of("DealInsightsView", DealInsightsViewModel.class);

    private final DealInsightsViewModel model;
    @FXML private Label score;
    @FXML private Label trend;
    @FXML private Label note;
    @FXML private ProgressIndicator loading;
    @FXML private GridPane components;
    @FXML private Label risksMessage;
    @FXML private VBox risks;
    @FXML private Label problem;

    public DealInsightsView(DealInsightsViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        score.textProperty().bind(model.scoreProperty());
        trend.textProperty().bind(model.trendProperty());
        note.textProperty().bind(model.noteProperty());
        risksMessage.textProperty().bind(model.risksMessageProperty());
        problem.textProperty().bind(model.problemProperty());
        loading.visibleProperty().bind(model.loadingProperty());
        for (Label label : new Label[] {trend, note, risksMessage, problem}) {
            label.visibleProperty().bind(label.textProperty().isNotEmpty());
            label.managedProperty().bind(label.visibleProperty());
        }
        model.trendProperty().addListener((o, was, now) -> trendStyle(now));
        model.components().addListener((ListChangeListener<DealInsightsViewModel.HealthLine>) c -> showComponents());
        model.risks().addListener((ListChangeListener<DealInsightsViewModel.RiskItem>) c -> showRisks());
        showComponents();
        showRisks();
    }

    private void trendStyle(String text) {
        trend.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
        if (text.startsWith("\u25B2")) {
            trend.getStyleClass().add(Styles.SUCCESS);
        } else if (text.startsWith("\u25BC")) {
            trend.getStyleClass().add(Styles.DANGER);
        }
    }

    private void showComponents() {
        components.getChildren().clear();
        int row = 0;
        for (DealInsightsViewModel.HealthLine line : model.components()) {
            Label detail = new Label(line.detail());
            detail.setWrapText(true);
            detail.getStyleClass().add(Styles.TEXT_MUTED);
            Label value = new Label(line.value());
            value.getStyleClass().add(Styles.TEXT_BOLD);
            value.setMinWidth(Region.USE_PREF_SIZE);
            Label name = new Label(line.name());
            name.setMinWidth(Region.USE_PREF_SIZE);
            components.addRow(row++, name, value, detail);
        }
    }

    private void showRisks() {
        risks.getChildren().clear();
        int i = 0;
        for (DealInsightsViewModel.RiskItem item : model.risks()) {
            risks.getChildren().add(riskRow(item, i++));
        }
    }

    private VBox riskRow(DealInsightsViewModel.RiskItem item, int index) {
        Label severity = new Label(item.severity());
        severity.getStyleClass().addAll("risk-severity", severityStyle(item.risk().severity()));
        severity.setMinWidth(Region.USE_PREF_SIZE);
        Label title = new Label(item.title());
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button create = new Button();
        create.setId("deal-risk-task-" + index);
        create.textProperty().bind(item.buttonProperty());
        create.disableProperty().bind(item.actionableProperty().not());
        create.setOnAction(e -> model.createTask(item));
        create.getStyleClass().add(Styles.SMALL);
        Label evidence = new Label(item.risk().evidence());
        evidence.setWrapText(true);
        Label action = new Label("Recommended: " + item.risk().recommendation());
        action.setWrapText(true);
        action.getStyleClass().add(Styles.TEXT_MUTED);
        VBox row = new VBox(3, new HBox(8, severity, title, gap, create), evidence, action);
        row.setId("deal-risk-" + index);
        row.getStyleClass().add("deal-risk");
        return row;
    }

    private static String severityStyle(RiskSeverity severity) {
        return switch (severity) {
            case HIGH -> Styles.DANGER;
            case MEDIUM -> Styles.WARNING;
            case LOW -> Styles.TEXT_MUTED;
        };
    }
}
