package com.nexuscrm.ui.calls;

import com.nexuscrm.domain.call.SpokenWord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A transcript's words in time order: which word is spoken at a time, and where a phrase occurs. */
public final class TranscriptIndex {
    /** A word stays highlighted this long (seconds) after it ends, so short gaps do not flicker. */
    static final double LINGER = 0.35;

    /** One occurrence of the searched phrase: its first word and how many words it spans. */
    public record Match(int first, int count) {
        public boolean covers(int word) {
            return word >= first && word < first + count;
        }
    }

    private final List<SpokenWord> words;
    private final double[] starts;

    public TranscriptIndex(List<SpokenWord> words) {
        this.words = List.copyOf(words);
        this.starts = words.stream().mapToDouble(SpokenWord::start).toArray();
    }

    public List<SpokenWord> words() { return words; }

    /** The word being spoken at {@code seconds}, or -1 between words. */
    public int wordAt(double seconds) {
        int i = Arrays.binarySearch(starts, seconds);
        int last = i >= 0 ? i : -i - 2;
        while (i >= 0 && last + 1 < starts.length && starts[last + 1] == seconds) {
            last++;
        }
        return last >= 0 && seconds <= words.get(last).end() + LINGER ? last : -1;
    }

    /**
     * Where the phrase occurs: each typed word must equal a spoken word, the last may be its beginning (the
     * user is still typing). Case is ignored; a blank query matches nothing.
     */
    public List<Match> find(String query) {
        String[] tokens = query == null ? new String[0] : query.toLowerCase(Locale.ROOT).trim().split("\\s+");
        List<Match> out = new ArrayList<>();
        if (tokens.length == 0 || tokens[0].isEmpty()) {
            return out;
        }
        for (int i = 0; i + tokens.length <= words.size(); i++) {
            if (matchesAt(i, tokens)) {
                out.add(new Match(i, tokens.length));
            }
        }
        return out;
    }

    private boolean matchesAt(int i, String[] tokens) {
        for (int k = 0; k < tokens.length; k++) {
            String spoken = words.get(i + k).text().toLowerCase(Locale.ROOT);
            boolean last = k == tokens.length - 1;
            if (last ? !spoken.startsWith(tokens[k]) : !spoken.equals(tokens[k])) {
                return false;
            }
        }
        return true;
    }
}
