package com.nexuscrm.conversation;

import com.nexuscrm.domain.call.Evidence;
import com.nexuscrm.domain.call.SentimentPoint;
import com.nexuscrm.domain.call.SentimentTrend;
import com.nexuscrm.domain.call.Speaker;
import com.nexuscrm.domain.call.Utterance;
import com.nexuscrm.domain.call.UtteranceSentiment;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Sentiment per utterance and its course per side. A side's overall score is the mean of its utterances weighted
 * by their word counts; the series cuts the call into one slice a minute, between 1 and {@value #MAX_SLICES}.
 */
final class SentimentTimeline {
    static final int MAX_SLICES = 10;
    private final SentimentScorer scorer;

    SentimentTimeline(SentimentScorer scorer) {
        this.scorer = scorer;
    }

    List<UtteranceSentiment> score(List<Utterance> utterances) {
        double[] scores = scorer.scoreAll(utterances.stream().map(u -> Spans.texts(u.words())).toList());
        List<UtteranceSentiment> scored = new ArrayList<>(utterances.size());
        for (int i = 0; i < scores.length; i++) {
            Utterance u = utterances.get(i);
            scored.add(new UtteranceSentiment(new Evidence(u.speaker(), u.start(), u.end(), u.text()), scores[i]));
        }
        return scored;
    }

    static SentimentTrend trend(Speaker side, List<UtteranceSentiment> scored, double duration) {
        List<UtteranceSentiment> own = scored.stream().filter(s -> s.evidence().speaker() == side).toList();
        double third = duration / 3;
        int slices = (int) Math.max(1, Math.min(MAX_SLICES, Math.ceil(duration / 60)));
        double width = duration / slices;
        List<SentimentPoint> series = new ArrayList<>();
        for (int k = 0; k < slices; k++) {
            double from = k * width;
            double to = k == slices - 1 ? Double.MAX_VALUE : from + width;
            List<UtteranceSentiment> in = startingIn(own, s -> s >= from && s < to);
            if (!in.isEmpty()) {
                series.add(new SentimentPoint(from, Math.min(to, duration), weightedMean(in), in.size()));
            }
        }
        return new SentimentTrend(side, weightedMean(own), weightedMean(startingIn(own, s -> s < third)),
                weightedMean(startingIn(own, s -> s >= 2 * third)), series);
    }

    private static List<UtteranceSentiment> startingIn(List<UtteranceSentiment> list, Predicate<Double> start) {
        return list.stream().filter(s -> start.test(s.evidence().start())).toList();
    }

    /** Mean score weighted by each utterance's word count; 0 for none. */
    static double weightedMean(List<UtteranceSentiment> list) {
        double sum = 0;
        int words = 0;
        for (UtteranceSentiment s : list) {
            int n = s.evidence().quote().split(" ").length;
            sum += s.score() * n;
            words += n;
        }
        return words == 0 ? 0 : sum / words;
    }
}
