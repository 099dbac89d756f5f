package com.nexuscrm.ui.calls;

import com.nexuscrm.domain.call.CallAnalysis;
import com.nexuscrm.domain.call.CallClock;
import com.nexuscrm.domain.call.SentimentTrend;
import com.nexuscrm.domain.call.UtteranceSentiment;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;

/** The analysis panel's sentiment chart: a line per side over the call's clock. */
final class SentimentChart {
    private SentimentChart() {
    }

    /** Labels the time axis as call clock times (m:ss). */
    static void clockAxis(NumberAxis timeAxis) {
        timeAxis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number seconds) { return CallClock.format(seconds.doubleValue()); }

            @Override
            public Number fromString(String s) { return 0; }
        });
    }

    static void show(LineChart<Number, Number> sentiment, CallAnalysis analysis) {
        sentiment.getData().clear();
        if (analysis == null) {
            return;
        }
        // One point per utterance, a line per side: where the mood turned is where to listen.
        for (SentimentTrend trend : analysis.sentimentTrends()) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(trend.speaker().label());
            for (UtteranceSentiment u : analysis.sentiment()) {
                if (u.evidence().speaker() == trend.speaker()) {
                    series.getData().add(new XYChart.Data<>(u.evidence().start(), u.score()));
                }
            }
            sentiment.getData().add(series);
        }
    }
}
