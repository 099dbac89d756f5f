package com.nexuscrm.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordSplitterTest {
    @Test
    void quotedLineBreaksStayInTheirRecordAndLinesAreCounted() throws IOException {
        assertEquals(List.of("1:a,b", "2:\"x\r\ny\",z", "4:c,\"\"\"q\"\"\"", "5:d,e"),
                split("a,b\r\n\"x\r\ny\",z\r\nc,\"\"\"q\"\"\"\r\nd,e", ','));
    }

    @Test
    void quoteInsideAnUnquotedValueIsJustACharacter() throws IOException {
        assertEquals(List.of("1:a 5\" screen,b", "2:c,d"), split("a 5\" screen,b\nc,d\n", ','));
    }

    @Test
    void unclosedQuoteRejectsOnlyItsRecordAndSplittingResumesOnTheNextLine() throws IOException {
        assertEquals(List.of("1:a;b", "2:c;\"oops! unclosed quote starting at line 2", "3:e;f", "4:g;h"),
                split("a;b\nc;\"oops\ne;f\ng;h\n", ';'));
    }

    @Test
    void loneCarriageReturnsEndLinesToo() throws IOException {
        assertEquals(List.of("1:a", "2:b"), split("a\rb\r", ','));
    }

    private static List<String> split(String text, char delimiter) throws IOException {
        RecordSplitter splitter = new RecordSplitter(new PhysicalLines(new StringReader(text)), delimiter);
        List<String> out = new ArrayList<>();
        for (RecordSplitter.RawRecord r = splitter.next(); r != null; r = splitter.next()) {
            out.add(r.line() + ":" + r.text() + (r.problem() == null ? "" : "! " + r.problem()));
        }
        return out;
    }
}
