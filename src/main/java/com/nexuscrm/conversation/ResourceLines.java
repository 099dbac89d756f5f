package com.nexuscrm.conversation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the word lists shipped in {@code /conversation/}: one entry a line, {@code #} comments and blanks skipped. */
final class ResourceLines {
    private ResourceLines() {
    }

    /** The entries of {@code /conversation/NAME}, stripped, each with its line number. */
    static List<Line> read(String name) {
        String path = "/conversation/" + name;
        try (InputStream in = ResourceLines.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the classpath");
            }
            List<Line> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (!line.isBlank() && !line.strip().startsWith("#")) {
                    lines.add(new Line(path, number, line.strip()));
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Line(String file, int number, String text) {
        IllegalStateException error(String expected) {
            return new IllegalStateException(file + " line " + number + ": expected " + expected + ", got '" + text + "'");
        }
    }
}
