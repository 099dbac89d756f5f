package com.nexuscrm.scoring;

import com.nexuscrm.domain.FileProblems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The {@code label<TAB>text} files that the text classifiers learn from ({@code #} comments and blank lines skipped):
 * each line's label read by the caller's lookup, and every refusal naming the source, the line and what to write.
 */
public final class LabelledLines {
    /** One line's label, its text after the tab (stripped) and its line number in the source. */
    public record Line<L>(L label, String text, int line) {
    }

    private LabelledLines() {
    }

    /** The lines of {@code file}, or a refusal naming it when it cannot be read ({@code noun}: "replies", say). */
    public static List<String> read(Path file, String noun) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read labelled " + noun + " from " + file + ": " + FileProblems.reason(e), e);
        }
    }

    /**
     * Parses {@code lines}; {@code labelOf} gives null for an unknown label, which is refused with {@code keys} as the
     * choices. {@code item} names one text in messages ("reply", "utterance").
     */
    public static <L> List<Line<L>> parse(List<String> lines, String source, String item, Function<String, L> labelOf,
            List<String> keys) {
        List<Line<L>> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            String where = source + " line " + (i + 1) + ": ";
            if (tab < 0) {
                throw new IllegalArgumentException(where + "expected 'label<TAB>" + item + "', found no tab in '" + line + "'");
            }
            L label = labelOf.apply(line.substring(0, tab));
            if (label == null) {
                throw new IllegalArgumentException(where + "unknown label '" + line.substring(0, tab).strip()
                        + "'; use one of " + String.join(", ", keys));
            }
            out.add(new Line<>(label, line.substring(tab + 1).strip(), i + 1));
        }
        return out;
    }

    /** A refusal for a text with no words, at {@code line} of {@code source}. */
    public static IllegalArgumentException noWords(String source, int line, String item) {
        return new IllegalArgumentException(source + " line " + line + ": the " + item + " after the label has no words");
    }
}
