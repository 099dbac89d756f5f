package com.nexuscrm.transfer;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads a text one physical line at a time, keeping each line's terminator ({@code \n}, {@code \r\n} or a
 * lone {@code \r}) so that a record rebuilt from several lines is byte-for-byte what the file held, and
 * numbering lines from 1 the way an editor does.
 */
final class PhysicalLines {
    /** One physical line with its 1-based number; {@code text} includes the line terminator, if any. */
    record Line(int number, String text) { }

    private final Reader reader;
    private final char[] buffer = new char[64 * 1024];
    private int position;
    private int limit;
    private int number;
    private long charsRead;

    PhysicalLines(Reader reader) {
        this.reader = reader;
    }

    /** The next line, or null at the end of the text. */
    Line next() throws IOException {
        StringBuilder line = new StringBuilder(128);
        while (fill()) {
            char c = buffer[position++];
            line.append(c);
            if (c == '\n') {
                break;
            }
            if (c == '\r') {
                if (fill() && buffer[position] == '\n') {
                    line.append(buffer[position++]);
                }
                break;
            }
        }
        if (line.length() == 0) {
            return null;
        }
        charsRead += line.length();
        return new Line(++number, line.toString());
    }

    /** Characters consumed so far: progress against the file size. */
    long charsRead() {
        return charsRead;
    }

    private boolean fill() throws IOException {
        if (position < limit) {
            return true;
        }
        int n = reader.read(buffer, 0, buffer.length);
        if (n <= 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }
}
