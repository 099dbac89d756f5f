package com.nexuscrm.ui.forecast;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;

/**
 * What moved since the period began, one horizontal bar per kind of move (the kinds' names stay readable beside the
 * list); what left the period's pipeline is below zero.
 */
final class ForecastMovesChart {
    private ForecastMovesChart() { }

    static BarChart<Number, String> of(ObservableList<ForecastMoveBar> bars) {
        NumberAxis amounts = new NumberAxis();
        amounts.setForceZeroInRange(true);
        amounts.setTickLabelRotation(0);
        BarChart<Number, String> chart = new BarChart<>(amounts, new CategoryAxis());
        chart.setTitle("What moved, by kind (pushed out and lost below zero)");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setId("forecast-moves-chart");
        chart.setMinHeight(300);
        chart.setPrefHeight(300);
        chart.setCategoryGap(8);
        chart.setPadding(new javafx.geometry.Insets(0, 28, 0, 0)); // room for the last amount under the axis
        bars.addListener((ListChangeListener<ForecastMoveBar>) c -> fill(chart, bars));
        fill(chart, bars);
        return chart;
    }

    private static void fill(BarChart<Number, String> chart, List<ForecastMoveBar> bars) {
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        series.setName("Amount");
        List<ForecastMoveBar> bottomUp = new java.util.ArrayList<>(bars);
        java.util.Collections.reverse(bottomUp); // a vertical category axis runs bottom up: the first kind on top
        for (ForecastMoveBar b : bottomUp) {
            XYChart.Data<Number, String> d = new XYChart.Data<>(b.amount(), b.kind());
            d.nodeProperty().addListener((o, was, node) -> {
                if (node != null) {
                    Tooltip.install(node, new Tooltip(b.tooltip()));
                    node.setId("moved-" + b.kind().toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
                }
            });
            series.getData().add(d);
        }
        ((CategoryAxis) chart.getYAxis()).getCategories().setAll(bottomUp.stream().map(ForecastMoveBar::kind).toList());
        chart.getData().setAll(List.of(series));
    }
}
