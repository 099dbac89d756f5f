package com.nexuscrm.campaign.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Links found in a body, rewritten to click URLs, and the HTML alternative escaped (merge values can hold anything). */
class TrackedBodyTest {
    @Test
    void linksEndBeforeTrailingPunctuationAreDistinctAndOnlyValidOnesAreTracked() {
        String body = "See https://a.example/x?y=1&z=2. Or (http://b.example/)! Again https://a.example/x?y=1&z=2,"
                + " not ftp://c.example nor https://bad.example/{x} nor https:// alone.";
        assertEquals(List.of("https://a.example/x?y=1&z=2", "http://b.example/"), TrackedBody.links(body));
    }

    @Test
    void theTextAndHtmlPointAtTheClickUrlsAndTheHtmlIsEscaped() {
        String body = "Hi <script>alert(1)</script> \"Ann\",\nprices: https://a.example/p?x=1&y=2.";
        Map<String, String> clicks = Map.of("https://a.example/p?x=1&y=2", "https://t.example/t/c/abc.def");

        assertEquals("Hi <script>alert(1)</script> \"Ann\",\nprices: https://t.example/t/c/abc.def.", TrackedBody.text(body, clicks));
        String html = TrackedBody.html(body, clicks, "https://u.example/unsub/1", "unsub+1@u.example", "https://t.example/t/o/p.q");
        assertTrue(html.contains("Hi &lt;script&gt;alert(1)&lt;/script&gt; &quot;Ann&quot;,<br>"), html);
        assertTrue(html.contains("<a href=\"https://t.example/t/c/abc.def\">https://a.example/p?x=1&amp;y=2</a>."), html);
        assertTrue(html.contains("<a href=\"https://u.example/unsub/1\">unsubscribe</a>"), html);
        assertTrue(html.contains("<img src=\"https://t.example/t/o/p.q\" width=\"1\" height=\"1\""), html);
        assertFalse(html.contains("<script>"), html);
    }
}
