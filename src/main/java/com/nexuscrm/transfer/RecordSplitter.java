package com.nexuscrm.transfer;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Splits CSV text into records before any parsing, following quotes the way Commons CSV does (a quote
 * opens a field only at its start; {@code ""} inside quotes is a literal quote), so that quoted line
 * breaks stay inside their record.
 *
 * <p>Why not let Commons CSV read the whole file: one stray quote would make it read on to the end of the
 * file as a single field, swallowing every later row. Here a quote still open after {@link #MAX_LINES}
 * physical lines, {@link #MAX_CHARS} characters or at the end of the file marks only the record that
 * opened it as broken, and splitting resumes at the physical line after that record's first line.
 */
final class RecordSplitter {
    static final int MAX_LINES = 50;
    static final int MAX_CHARS = 64 * 1024;

    /** A record's text without its final line terminator; {@code problem} is null when it is complete. */
    record RawRecord(int line, String text, String problem) { }

    private final PhysicalLines lines;
    private final char delimiter;
    private final Deque<PhysicalLines.Line> pending = new ArrayDeque<>();

    RecordSplitter(PhysicalLines lines, char delimiter) {
        this.lines = lines;
        this.delimiter = delimiter;
    }

    /** Puts a line back to be read first, e.g. the header line read to detect the delimiter. */
    void pushBack(PhysicalLines.Line line) {
        pending.addFirst(line);
    }

    /** The next record, or null at the end of the text. */
    RawRecord next() throws IOException {
        PhysicalLines.Line first = nextLine();
        if (first == null) {
            return null;
        }
        QuoteState quotes = new QuoteState(delimiter);
        quotes.scan(first);
        if (!quotes.open()) {
            return new RawRecord(first.number(), withoutTerminator(first.text()), null);
        }
        return continued(first, quotes);
    }

    private RawRecord continued(PhysicalLines.Line first, QuoteState quotes) throws IOException {
        List<PhysicalLines.Line> taken = new ArrayList<>();
        taken.add(first);
        StringBuilder text = new StringBuilder(first.text());
        while (quotes.open()) {
            PhysicalLines.Line more = taken.size() < MAX_LINES && text.length() <= MAX_CHARS ? nextLine() : null;
            if (more == null) {
                return unclosed(taken, quotes.openedAt());
            }
            taken.add(more);
            text.append(more.text());
            quotes.scan(more);
        }
        return new RawRecord(first.number(), withoutTerminator(text.toString()), null);
    }

    private RawRecord unclosed(List<PhysicalLines.Line> taken, int quoteLine) {
        for (int i = taken.size() - 1; i >= 1; i--) {
            pending.addFirst(taken.get(i));
        }
        PhysicalLines.Line first = taken.get(0);
        return new RawRecord(first.number(), withoutTerminator(first.text()),
                "unclosed quote starting at line " + quoteLine);
    }

    private PhysicalLines.Line nextLine() throws IOException {
        return pending.isEmpty() ? lines.next() : pending.pollFirst();
    }

    static String withoutTerminator(String text) {
        if (text.endsWith("\r\n")) {
            return text.substring(0, text.length() - 2);
        }
        boolean terminated = text.endsWith("\n") || text.endsWith("\r");
        return terminated ? text.substring(0, text.length() - 1) : text;
    }

    /** Whether a quoted field is open after the lines scanned so far, and where it was opened. */
    private static final class QuoteState {
        private final char delimiter;
        private boolean open;
        private boolean fieldStart = true;
        private int openedAt;

        QuoteState(char delimiter) {
            this.delimiter = delimiter;
        }

        boolean open() {
            return open;
        }

        int openedAt() {
            return openedAt;
        }

        void scan(PhysicalLines.Line line) {
            String text = line.text();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (open) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        i++;
                    } else if (c == '"') {
                        open = false;
                    }
                } else if (c == '"' && fieldStart) {
                    open = true;
                    openedAt = line.number();
                } else {
                    fieldStart = c == delimiter;
                }
            }
        }
    }
}
