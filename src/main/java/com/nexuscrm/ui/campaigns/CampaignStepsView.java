package com.nexuscrm.ui.campaigns;

import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.ui.common.Screen;
import com.nexuscrm.ui.common.TableFit;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.TableView;

/**
 * The selected campaign's steps with their results, each variant's results, and a bar chart of the variants' reply
 * rates (variants with nothing sent yet have no bar). Selecting a step picks it for the step editor.
 */
public final class CampaignStepsView {
    public static final Screen<CampaignDetailViewModel> SCREEN = Screen.of("CampaignStepsView", CampaignDetailViewModel.class);

    private final CampaignDetailViewModel model;
    private final Formats formats;
    @FXML private TableView<StepRow> steps;
    @FXML private TableView<VariantRow> variants;
    @FXML private BarChart<String, Number> chart;

    public CampaignStepsView(CampaignDetailViewModel model) {
        this.model = model;
        this.formats = model.formats();
    }

    @FXML
    private void initialize() {
        steps.getColumns().setAll(List.of(CampaignColumns.text("Step", StepRow::step, 60),
                CampaignColumns.text("When", StepRow::day, 60), CampaignColumns.text("Channel", StepRow::channel, 95),
                CampaignColumns.text("Condition", StepRow::condition, 140), CampaignColumns.text("Variants", StepRow::variants, 70),
                CampaignColumns.count("Sent", StepRow::sent, formats, 60), CampaignColumns.count("Replied", StepRow::replied, formats, 70),
                CampaignColumns.rate("Reply rate", StepRow::replyRate, formats, 100)));
        TableFit.fit(steps);
        steps.setItems(model.steps());
        variants.getColumns().setAll(List.of(CampaignColumns.text("Variant", VariantRow::label, 85),
                CampaignColumns.text("Subject or message", VariantRow::subject, 170),
                CampaignColumns.count("Sent", VariantRow::sent, formats, 60),
                CampaignColumns.count("Replied", VariantRow::replied, formats, 70),
                CampaignColumns.rate("Reply rate", VariantRow::replyRate, formats, 100),
                CampaignColumns.text("Learnt (90%)", VariantRow::learnt, 160)));
        TableFit.fit(variants);
        variants.setItems(model.variants());
        steps.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.selectedStepProperty().set(now.index());
            }
        });
        model.selectedStepProperty().addListener((o, was, now) -> selectStep(now.intValue()));
        model.variants().addListener((ListChangeListener<VariantRow>) c -> fillChart());
        chart.setAnimated(false);
        fillChart();
    }

    private void selectStep(int index) {
        StepRow row = model.steps().stream().filter(s -> s.index() == index).findFirst().orElse(null);
        if (steps.getSelectionModel().getSelectedItem() != row) {
            steps.getSelectionModel().select(row);
        }
    }

    private void fillChart() {
        XYChart.Series<String, Number> rates = new XYChart.Series<>();
        rates.setName("Reply rate (%)");
        for (VariantRow v : model.variants()) {
            if (v.replyRate() != null) {
                rates.getData().add(new XYChart.Data<>(v.label(), Math.round(v.replyRate() * 1000) / 10.0));
            }
        }
        chart.getData().setAll(List.of(rates));
    }
}
