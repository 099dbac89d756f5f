package com.nexuscrm.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text on one PDF page, top to bottom, wrapped to the width: a cursor that knows how many lines are left, so a caller
 * can stop before the bottom margin instead of writing off the page. Characters the font cannot draw (the standard
 * fonts cover Western European text) are written as '?' rather than failing the whole page.
 */
final class PageText {
    private final PDPageContentStream out;
    private final float left;
    private final float width;
    private final float bottom;
    private final Map<Integer, Boolean> drawable = new HashMap<>();
    private float y;

    PageText(PDPageContentStream out, float left, float top, float width, float bottom) {
        this.out = out;
        this.left = left;
        this.y = top;
        this.width = width;
        this.bottom = bottom;
    }

    /** The height still free above the bottom margin. */
    float room() {
        return y - bottom;
    }

    static float lineHeight(float size) {
        return size * 1.3f;
    }

    /** Whether {@code lines} lines of {@code size} points fit, keeping {@code reserve} points free below them. */
    boolean fits(int lines, float size, float reserve) {
        return lines * lineHeight(size) <= room() - reserve;
    }

    /** Writes one line as is (the caller wrapped it); refuses to pass the bottom margin. */
    void line(String text, PDFont font, float size, float indent, float grey) throws IOException {
        if (!fits(1, size, 0)) {
            throw new IllegalStateException("the page is full");
        }
        y -= lineHeight(size);
        out.beginText();
        out.setNonStrokingColor(grey, grey, grey);
        out.setFont(font, size);
        out.newLineAtOffset(left + indent, y);
        out.showText(drawable(text, font));
        out.endText();
    }

    void gap(float points) {
        y -= Math.min(points, room());
    }

    /** {@code text} wrapped at spaces to the width left after {@code indent}; a word longer than a line is cut. */
    List<String> wrap(String text, PDFont font, float size, float indent) throws IOException {
        String clean = drawable(text.replaceAll("\\s+", " ").trim(), font);
        float max = width - indent;
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : clean.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (widthOf(candidate, font, size) <= max) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            while (widthOf(word, font, size) > max) {
                int cut = word.length() - 1;
                while (cut > 1 && widthOf(word.substring(0, cut), font, size) > max) {
                    cut--;
                }
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            line.append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static float widthOf(String s, PDFont font, float size) throws IOException {
        return font.getStringWidth(s) / 1000 * size;
    }

    private String drawable(String text, PDFont font) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> b.appendCodePoint(drawable.computeIfAbsent(cp, c -> canDraw(font, c)) ? cp : '?'));
        return b.toString();
    }

    private static boolean canDraw(PDFont font, int cp) {
        try {
            font.encode(new String(Character.toChars(cp)));
            return !Character.isISOControl(cp);
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
