package com.nexuscrm.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The house budgets for main sources: a file stays readable in one sitting, a view stays a layout. */
class SizeBudgetTest {
    private static final Path MAIN = Path.of("src/main/java");
    private static final int FILE_LINES = 300;
    private static final int VIEW_LINES = 150;

    @Test
    void noMainSourceFileIsOverItsBudget() throws IOException {
        List<String> over;
        try (Stream<Path> files = Files.walk(MAIN)) {
            over = files.filter(f -> f.toString().endsWith(".java"))
                    .map(SizeBudgetTest::overBudget)
                    .filter(s -> !s.isEmpty())
                    .sorted()
                    .toList();
        }
        assertTrue(over.isEmpty(), "split these files by responsibility:\n" + String.join("\n", over));
    }

    private static String overBudget(Path file) {
        int budget = file.getFileName().toString().endsWith("View.java") ? VIEW_LINES : FILE_LINES;
        int lines = lineCount(file);
        return lines > budget ? MAIN.relativize(file) + ": " + lines + " lines, budget " + budget : "";
    }

    private static int lineCount(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return (int) lines.count();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }
}
