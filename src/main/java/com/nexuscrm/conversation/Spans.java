package com.nexuscrm.conversation;

import com.nexuscrm.domain.call.Evidence;
import com.nexuscrm.domain.call.SpokenWord;
import java.util.List;
import java.util.stream.Collectors;

/** Evidence for a run of spoken words. */
final class Spans {
    private Spans() {
    }

    /** Evidence quoting {@code words[from, to)}; all of them one speaker's. */
    static Evidence evidence(List<SpokenWord> words, int from, int to) {
        List<SpokenWord> run = words.subList(from, to);
        return new Evidence(run.get(0).speaker(), run.get(0).start(), run.get(run.size() - 1).end(),
                run.stream().map(SpokenWord::text).collect(Collectors.joining(" ")));
    }

    static List<String> texts(List<SpokenWord> words) {
        return words.stream().map(SpokenWord::text).toList();
    }
}
