package com.nexuscrm.campaign;

import com.nexuscrm.domain.campaign.ReplyIntent;
import com.nexuscrm.scoring.LabelledLines;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A file of labelled replies to campaign messages, one {@code label<TAB>reply} a line ({@code #} comments and blank
 * lines skipped), as in {@code src/test/resources/replies/}. The labels are {@link ReplyIntent} keys; a reply of
 * several lines is written on one with {@code \n} between them (so quoted text and "On ... wrote:" can be kept).
 */
public final class LabelledReplies {
    /** One labelled reply, its text with {@code \n} turned into line breaks, and its line in the file. */
    public record Labelled(ReplyIntent intent, String text, int line) {
    }

    private LabelledReplies() {
    }

    /**
     * Reads {@code file}; a line without a tab, with an unknown label or without a reply is refused with the file, the
     * line and what to write instead, and nothing is returned.
     */
    public static List<Labelled> read(Path file) {
        return parse(LabelledLines.read(file, "replies"), file.toString());
    }

    /** Reads a labelled reply file from the classpath ({@code /campaign/replies-train.tsv}). */
    static List<Labelled> resource(String name) {
        try (InputStream in = LabelledReplies.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList(), name);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
    }

    static List<Labelled> parse(List<String> lines, String source) {
        List<Labelled> out = new ArrayList<>();
        List<String> keys = Arrays.stream(ReplyIntent.values()).map(ReplyIntent::key).toList();
        for (LabelledLines.Line<ReplyIntent> l : LabelledLines.parse(lines, source, "reply", ReplyIntent::of, keys)) {
            String text = l.text().replace("\\n", "\n").strip();
            if (!text.chars().anyMatch(Character::isLetterOrDigit)) {
                throw LabelledLines.noWords(source, l.line(), "reply");
            }
            out.add(new Labelled(l.label(), text, l.line()));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(source + " holds no labelled replies ('label<TAB>reply' lines)");
        }
        return out;
    }
}
