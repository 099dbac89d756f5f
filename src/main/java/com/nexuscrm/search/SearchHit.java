package com.nexuscrm.search;

import com.nexuscrm.domain.RecordRef;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A ranked result: its title and a snippet, each as runs of text with the matched words marked. */
public record SearchHit(SearchKind kind, UUID id, RecordRef target, List<Span> title, List<Span> snippet, float score) {
    /** A run of text; {@code match} when it is a word the query found. */
    public record Span(String text, boolean match) { }

    static final char START = '\u0002';
    static final char END = '\u0003';

    /** Splits the highlighter's output (matches between {@link #START} and {@link #END}) into spans. */
    static List<Span> spans(String marked) {
        List<Span> out = new ArrayList<>();
        if (marked == null) {
            return out;
        }
        StringBuilder run = new StringBuilder();
        boolean match = false;
        for (char c : marked.toCharArray()) {
            if (c == START || c == END) {
                if (!run.isEmpty()) {
                    out.add(new Span(run.toString(), match));
                }
                run.setLength(0);
                match = c == START;
            } else {
                run.append(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
            }
        }
        if (!run.isEmpty()) {
            out.add(new Span(run.toString(), match));
        }
        return out;
    }

    /** The plain text of spans, matches in {@code [brackets]} (the command line's rendering). */
    public static String marked(List<Span> spans) {
        StringBuilder b = new StringBuilder();
        spans.forEach(s -> b.append(s.match() ? "[" + s.text() + "]" : s.text()));
        return b.toString();
    }
}
