package com.nexuscrm.conversation;

import com.nexuscrm.domain.FileProblems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

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
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read labelled utterances from " + file + ": " + FileProblems.reason(e), e);
        }
        List<Labelled> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            String where = file + " line " + (i + 1) + ": ";
            if (tab < 0) {
                throw new IllegalArgumentException(where + "expected 'label<TAB>utterance', found no tab in '" + line + "'");
            }
            CallCategory category = CallCategory.of(line.substring(0, tab));
            if (category == null) {
                throw new IllegalArgumentException(where + "unknown label '" + line.substring(0, tab).strip()
                        + "'; use one of " + Arrays.stream(CallCategory.values()).map(CallCategory::key).collect(Collectors.joining(", ")));
            }
            String text = line.substring(tab + 1).strip();
            List<String> words = Tokens.of(text);
            if (words.isEmpty()) {
                throw new IllegalArgumentException(where + "the utterance after the label has no words");
            }
            out.add(new Labelled(category, words, text, i + 1));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(file + " holds no labelled utterances ('label<TAB>utterance' lines)");
        }
        return out;
    }
}
