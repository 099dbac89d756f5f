package com.nexuscrm.ui.customers;

import atlantafx.base.theme.Styles;
import com.nexuscrm.domain.UsageMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Product usage per month: active users against seats, with the latest month in words; empty says why. */
final class AccountUsageChart extends VBox {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy");
    private final LineChart<String, Number> chart = new LineChart<>(new CategoryAxis(), new NumberAxis());
    private final Label summary = new Label();

    AccountUsageChart(List<UsageMonth> usage, javafx.collections.ObservableList<UsageMonth> live) {
        setId("account-usage");
        setSpacing(6);
        setPadding(new Insets(10, 4, 4, 4));
        chart.setId("account-usage-chart");
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setLegendVisible(true);
        chart.setMinHeight(180);
        VBox.setVgrow(chart, Priority.ALWAYS);
        summary.setWrapText(true);
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        getChildren().addAll(summary, chart);
        live.addListener((ListChangeListener<UsageMonth>) c -> show(live));
        show(usage);
    }

    private void show(List<UsageMonth> usage) {
        XYChart.Series<String, Number> active = new XYChart.Series<>();
        active.setName("Active users");
        XYChart.Series<String, Number> seats = new XYChart.Series<>();
        seats.setName("Seats");
        for (UsageMonth m : usage) {
            String month = MONTH.withLocale(com.nexuscrm.ui.common.Formats.user().locale()).format(m.periodStart());
            active.getData().add(new XYChart.Data<>(month, m.activeUsers()));
            seats.getData().add(new XYChart.Data<>(month, m.seats()));
        }
        chart.getData().setAll(List.of(active, seats));
        chart.setVisible(!usage.isEmpty());
        chart.setManaged(!usage.isEmpty());
        if (usage.isEmpty()) {
            summary.setText("No product usage recorded for this account. Import it with nexus import usage FILE.");
        } else {
            UsageMonth last = usage.get(usage.size() - 1);
            summary.setText(String.format("%s: %d active users of %d seats (%s), over %d months.",
                    DateTimeFormatter.ofPattern("MMMM yyyy", com.nexuscrm.ui.common.Formats.user().locale()).format(last.periodStart()),
                    last.activeUsers(), last.seats(), last.seats() == 0 ? "no seats"
                            : com.nexuscrm.ui.common.Formats.user().percent(last.activeUsers() / (double) last.seats()),
                    usage.size()));
        }
    }
}
