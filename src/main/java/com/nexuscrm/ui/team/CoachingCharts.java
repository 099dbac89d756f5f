package com.nexuscrm.ui.team;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;

/**
 * A horizontal bar chart of one call coaching figure per rep, with the yardsticks (research, top quartile) in a
 * colour of their own. Stacked, so that each bar sits in its own row without a gap for the other series.
 */
final class CoachingCharts {
    private CoachingCharts() {
    }

    /** A chart that follows {@code bars}. */
    static StackedBarChart<Number, String> of(String title, String unit, ObservableList<CoachingBar> bars) {
        NumberAxis values = new NumberAxis();
        values.setLabel(unit);
        values.setForceZeroInRange(true);
        CategoryAxis names = new CategoryAxis();
        StackedBarChart<Number, String> chart = new StackedBarChart<>(values, names);
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.setCategoryGap(3);
        chart.setMinHeight(440);
        chart.getStyleClass().add("coaching-chart");
        bars.addListener((ListChangeListener<CoachingBar>) c -> fill(chart, bars));
        fill(chart, bars);
        return chart;
    }

    private static void fill(StackedBarChart<Number, String> chart, List<CoachingBar> bars) {
        XYChart.Series<Number, String> reps = new XYChart.Series<>();
        reps.setName("Reps");
        XYChart.Series<Number, String> yardsticks = new XYChart.Series<>();
        yardsticks.setName("Research and top quartile");
        // The category axis lists bottom-up; reversed, the yardsticks come first at the top.
        for (int i = bars.size() - 1; i >= 0; i--) {
            CoachingBar bar = bars.get(i);
            (bar.reference() ? yardsticks : reps).getData().add(new XYChart.Data<>(bar.value(), bar.label()));
        }
        List<String> labels = new java.util.ArrayList<>(bars.stream().map(CoachingBar::label).toList());
        java.util.Collections.reverse(labels);
        ((CategoryAxis) chart.getYAxis()).getCategories().setAll(labels);
        chart.getData().setAll(List.of(reps, yardsticks));
    }
}
