package com.nexuscrm.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the sentiment network is and what it learned from, saved as {@code card.json} beside it.
 *
 * @param data        each training source with its licence and citation
 * @param labelRule   how the sources' labels became negative / neutral / positive
 * @param rows        training rows per source (before UCI's repetition)
 * @param selection   the figures on the selection sets (GoEmotions dev, UCI validation) at the kept epoch
 */
public record SentimentModelCard(String version, Instant trainedAt, String network, String features,
                                 List<String> data, String labelRule, Map<String, Integer> rows, int epochs,
                                 int bestEpoch, long seed, Map<String, Double> selection) {
}
