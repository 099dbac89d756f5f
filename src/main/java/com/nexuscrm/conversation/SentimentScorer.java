package com.nexuscrm.conversation;

import java.util.List;

/** Scores a run of lowercase words from -1 (negative) to 1 (positive); 0 when it carries no sentiment. */
public interface SentimentScorer {
    double score(List<String> words);

    /** The scores of many utterances at once (a model may batch them); by default one at a time. */
    default double[] scoreAll(List<List<String>> utterances) {
        return utterances.stream().mapToDouble(this::score).toArray();
    }
}
