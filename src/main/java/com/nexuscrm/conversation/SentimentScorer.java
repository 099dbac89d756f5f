package com.nexuscrm.conversation;

import java.util.List;

/** Scores a run of lowercase words from -1 (negative) to 1 (positive); 0 when it carries no sentiment. */
public interface SentimentScorer {
    double score(List<String> words);
}
