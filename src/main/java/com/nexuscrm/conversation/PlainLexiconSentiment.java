package com.nexuscrm.conversation;

import java.util.List;

/**
 * The baseline: positive lexicon entries minus negative ones, over all entries found, with no rules at all
 * (no negation, intensifiers or contrast). Same lexicon as {@link RuleBasedSentiment}.
 */
public final class PlainLexiconSentiment implements SentimentScorer {
    private final SentimentLexicon lexicon;

    public PlainLexiconSentiment(SentimentLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public double score(List<String> words) {
        int positive = 0;
        int negative = 0;
        for (int i = 0; i < words.size(); ) {
            SentimentLexicon.Entry entry = lexicon.at(words, i);
            if (entry == null) {
                i++;
                continue;
            }
            if (entry.weight() > 0) {
                positive++;
            } else if (entry.weight() < 0) {
                negative++;
            }
            i += entry.length();
        }
        return positive + negative == 0 ? 0 : (positive - negative) / (double) (positive + negative);
    }
}
