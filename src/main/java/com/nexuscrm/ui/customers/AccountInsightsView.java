package com.nexuscrm.ui.customers;

import com.nexuscrm.domain.account.EngagementTrend;
import com.nexuscrm.ui.common.Screen;
import java.io.File;
import java.util.List;
import java.util.function.ToIntFunction;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * An account's insights as a standalone node that the account detail hosts (the Insights tab) and drives with
 * {@code model.show(accountId)}: health, churn risk, talking points, growth, relationships, the engagement chart and
 * "Save brief as PDF…".
 */
public final class AccountInsightsView {
    /** Loaded with the model its host drives: {@code loader.load(SCREEN, model)}. */
    public static final Screen<AccountInsightsViewModel> SCREEN = Screen.of("AccountInsightsView", AccountInsightsViewModel.class);

    private final AccountInsightsViewModel model;
    @FXML private Label health;
    @FXML private Label healthTrend;
    @FXML private Label churn;
    @FXML private Label message;
    @FXML private Label engagementNote;
    @FXML private ProgressIndicator loading;
    @FXML private Button brief;
    @FXML private VBox healthParts;
    @FXML private VBox points;
    @FXML private VBox growth;
    @FXML private VBox people;
    @FXML private LineChart<String, Number> engagement;

    public AccountInsightsView(AccountInsightsViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        health.textProperty().bind(model.healthProperty());
        healthTrend.textProperty().bind(model.healthTrendProperty());
        churn.textProperty().bind(model.churnProperty());
        message.textProperty().bind(model.messageProperty());
        engagementNote.textProperty().bind(model.engagementNoteProperty());
        loading.visibleProperty().bind(model.loadingProperty());
        brief.disableProperty().bind(model.shownProperty().not());
        for (Label label : new Label[] {churn, message, engagementNote}) {
            label.visibleProperty().bind(label.textProperty().isNotEmpty());
            label.managedProperty().bind(label.visibleProperty());
        }
        follow(model.healthParts(), healthParts);
        follow(model.points(), points);
        follow(model.growth(), growth);
        follow(model.people(), people);
        model.months().addListener((ListChangeListener<EngagementTrend.Month>) c -> chart());
        chart();
    }

    /** Keeps {@code box} showing {@code lines}: each a wrapped line with its evidence in small type under it. */
    private static void follow(ObservableList<AccountInsightsViewModel.Line> lines, VBox box) {
        Runnable fill = () -> box.getChildren().setAll(lines.stream().map(AccountInsightsView::line).toList());
        lines.addListener((ListChangeListener<AccountInsightsViewModel.Line>) c -> fill.run());
        fill.run();
    }

    private static VBox line(AccountInsightsViewModel.Line line) {
        Label text = new Label(line.text());
        text.setWrapText(true);
        VBox out = new VBox(1, text);
        if (!line.detail().isEmpty()) {
            Label detail = new Label(line.detail());
            detail.setWrapText(true);
            detail.getStyleClass().add("text-muted");
            out.getChildren().add(detail);
        }
        return out;
    }

    private void chart() {
        List<EngagementTrend.Month> months = model.months();
        engagement.setVisible(!months.isEmpty());
        engagement.setManaged(!months.isEmpty());
        engagement.getData().setAll(List.of(series("Outbound", months, EngagementTrend.Month::outbound),
                series("Inbound", months, EngagementTrend.Month::inbound),
                series("Calls and meetings", months, m -> m.calls() + m.meetings())));
    }

    private static XYChart.Series<String, Number> series(String name, List<EngagementTrend.Month> months,
                                                         ToIntFunction<EngagementTrend.Month> value) {
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        s.setName(name);
        months.forEach(m -> s.getData().add(new XYChart.Data<>(m.month().toString(), value.applyAsInt(m))));
        return s;
    }

    @FXML
    private void saveBrief() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the account brief");
        chooser.setInitialFileName(model.briefFileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File file = chooser.showSaveDialog(brief.getScene().getWindow());
        if (file != null) {
            model.saveBrief(file.toPath());
        }
    }
}
