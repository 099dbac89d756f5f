package com.nexuscrm.conversation;

import com.nexuscrm.scoring.LabelledLines;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A file of labelled call utterances, one {@code label<TAB>utterance} a line ({@code #} comments and blank lines
 * skipped), as in {@code src/test/resources/calls/}. The labels are {@link CallCategory} keys.
 */
public final class LabelledUtterances {
    /** One labelled utterance and where it came from. */
    public record Labelled(CallCategory category, List<String> words, String text, int line) {
    }

    private LabelledUtterances() {
    }

    /**
     * Reads {@code file}; a line without a tab, with an unknown label or without words is refused with the file, the
     * line and what to write instead, and nothing is returned.
     */
    public static List<Labelled> read(Path file) {
        String source = file.toString();
        List<String> keys = Arrays.stream(CallCategory.values()).map(CallCategory::key).toList();
        List<Labelled> out = new ArrayList<>();
        for (LabelledLines.Line<CallCategory> l : LabelledLines.parse(LabelledLines.read(file, "utterances"), source,
                "utterance", CallCategory::of, keys)) {
            List<String> words = Tokens.of(l.text());
            if (words.isEmpty()) {
                throw LabelledLines.noWords(source, l.line(), "utterance");
            }
            out.add(new Labelled(l.label(), words, l.text(), l.line()));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(file + " holds no labelled utterances ('label<TAB>utterance' lines)");
        }
        return out;
    }
}
