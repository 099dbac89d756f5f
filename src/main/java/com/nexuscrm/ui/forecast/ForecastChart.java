package com.nexuscrm.ui.forecast;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

/** The period week by week: cumulative closed won to date against the expected (won + weighted open deals). */
final class ForecastChart {
    private ForecastChart() { }

    static LineChart<String, Number> of(ObservableList<ForecastWeek> weeks) {
        NumberAxis amounts = new NumberAxis();
        amounts.setForceZeroInRange(true);
        LineChart<String, Number> chart = new LineChart<>(new CategoryAxis(), amounts);
        chart.setTitle("Closed won to date against expected, cumulative by week");
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setId("forecast-chart");
        chart.setMinHeight(280);
        weeks.addListener((ListChangeListener<ForecastWeek>) c -> fill(chart, weeks));
        fill(chart, weeks);
        return chart;
    }

    private static void fill(LineChart<String, Number> chart, List<ForecastWeek> weeks) {
        XYChart.Series<String, Number> won = new XYChart.Series<>();
        won.setName("Closed won to date");
        XYChart.Series<String, Number> expected = new XYChart.Series<>();
        expected.setName("Expected (won + weighted)");
        for (ForecastWeek w : weeks) {
            if (w.wonToDate() != null) {
                won.getData().add(new XYChart.Data<>(w.label(), w.wonToDate()));
            }
            expected.getData().add(new XYChart.Data<>(w.label(), w.expected()));
        }
        ((CategoryAxis) chart.getXAxis()).getCategories().setAll(weeks.stream().map(ForecastWeek::label).toList());
        chart.getData().setAll(List.of(won, expected));
    }
}
