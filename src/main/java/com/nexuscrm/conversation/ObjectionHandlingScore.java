package com.nexuscrm.conversation;

import com.nexuscrm.domain.call.Finding;
import com.nexuscrm.domain.call.ObjectionHandling;
import com.nexuscrm.domain.call.Speaker;
import com.nexuscrm.domain.call.UtteranceSentiment;
import java.util.List;

/** Computes {@link ObjectionHandling} (its Javadoc holds the definition) from a call's scored utterances. */
final class ObjectionHandlingScore {
    static final int WINDOW = 3;

    private ObjectionHandlingScore() {
    }

    /** The score over {@code objections} said by {@code side}, or {@code null} when none could be scored. */
    static ObjectionHandling of(List<Finding> objections, List<UtteranceSentiment> scored, Speaker side) {
        List<UtteranceSentiment> own = scored.stream().filter(s -> s.evidence().speaker() == side).toList();
        double total = 0;
        int count = 0;
        for (Finding objection : objections) {
            int at = indexOf(own, objection.evidence().start());
            if (at <= 0 || at >= own.size() - 1) {
                continue;
            }
            total += mean(own.subList(at + 1, Math.min(own.size(), at + 1 + WINDOW)))
                    - mean(own.subList(Math.max(0, at - WINDOW), at));
            count++;
        }
        return count == 0 ? null : new ObjectionHandling(total / count, count);
    }

    private static int indexOf(List<UtteranceSentiment> own, double time) {
        for (int i = 0; i < own.size(); i++) {
            if (own.get(i).evidence().start() <= time && time <= own.get(i).evidence().end()) {
                return i;
            }
        }
        return -1;
    }

    private static double mean(List<UtteranceSentiment> list) {
        return list.stream().mapToDouble(UtteranceSentiment::score).average().orElse(0);
    }
}
