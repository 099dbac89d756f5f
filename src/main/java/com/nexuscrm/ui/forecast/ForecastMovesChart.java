package com.nexuscrm.ui.forecast;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;

/** What moved since the period began, one bar per kind of move; what left the period's pipeline is below zero. */
final class ForecastMovesChart {
    private ForecastMovesChart() { }

    static BarChart<String, Number> of(ObservableList<ForecastMoveBar> bars) {
        NumberAxis amounts = new NumberAxis();
        amounts.setForceZeroInRange(true);
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), amounts);
        chart.setTitle("What moved, by kind (pushed out and lost below zero)");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setId("forecast-moves-chart");
        chart.setMinHeight(260);
        chart.setPrefHeight(260);
        chart.setCategoryGap(12);
        bars.addListener((ListChangeListener<ForecastMoveBar>) c -> fill(chart, bars));
        fill(chart, bars);
        return chart;
    }

    private static void fill(BarChart<String, Number> chart, List<ForecastMoveBar> bars) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName("Amount");
        for (ForecastMoveBar b : bars) {
            XYChart.Data<String, Number> d = new XYChart.Data<>(b.kind(), b.amount());
            d.nodeProperty().addListener((o, was, node) -> {
                if (node != null) {
                    Tooltip.install(node, new Tooltip(b.tooltip()));
                    node.setId("moved-" + b.kind().toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
                }
            });
            series.getData().add(d);
        }
        ((CategoryAxis) chart.getXAxis()).getCategories().setAll(bars.stream().map(ForecastMoveBar::kind).toList());
        chart.getData().setAll(List.of(series));
    }
}
