package com.nexuscrm.campaign.email;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A campaign email's body with tracking: the http(s) links of the text found, each replaced by its click URL, and the
 * HTML alternative (the text escaped, links as anchors, line breaks, the unsubscribe foot untracked, the 1x1 pixel).
 * A link ends at white space, a quote or an angle bracket; trailing punctuation ({@code .,;:!?)]'}) is not part of it.
 */
final class TrackedBody {
    private static final Pattern LINK = Pattern.compile("(?i)\\bhttps?://[^\\s<>\"]+");
    private static final String TRAILING = ".,;:!?)]'";
    private static final int MAX_LINK = 2048;

    private TrackedBody() { }

    /** The distinct trackable links of the text (a valid URI with a host, at most 2,048 characters), in order. */
    static List<String> links(String text) {
        LinkedHashSet<String> found = new LinkedHashSet<>();
        Matcher m = LINK.matcher(text == null ? "" : text);
        while (m.find()) {
            String link = trim(m.group());
            if (link.length() <= MAX_LINK && hasHost(link)) {
                found.add(link);
            }
        }
        return new ArrayList<>(found);
    }

    private static boolean hasHost(String link) {
        try {
            return new java.net.URI(link).getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** The text with each link replaced by its click URL. */
    static String text(String text, Map<String, String> clicks) {
        return rewrite(text, clicks, (link, click) -> click, s -> s);
    }

    /** The HTML alternative: the text with its links as anchors to their click URLs, the foot, the pixel. */
    static String html(String text, Map<String, String> clicks, String unsubscribeUrl, String mailto, String pixel) {
        String body = rewrite(text, clicks, (link, click) -> "<a href=\"" + escape(click) + "\">" + escape(link) + "</a>",
                TrackedBody::escape).replace("\r\n", "\n").replace("\n", "<br>\n");
        return "<!DOCTYPE html>\n<html><body>\n<div>" + body + "</div>\n<p style=\"font-size:small;color:#666\">To stop"
                + " receiving these emails, <a href=\"" + escape(unsubscribeUrl) + "\">unsubscribe</a> (or send an email to "
                + escape(mailto) + ").</p>\n<img src=\"" + escape(pixel) + "\" width=\"1\" height=\"1\" alt=\"\""
                + " style=\"border:0\">\n</body></html>\n";
    }

    private static String rewrite(String text, Map<String, String> clicks,
                                  java.util.function.BinaryOperator<String> link,
                                  java.util.function.UnaryOperator<String> plain) {
        String source = text == null ? "" : text;
        StringBuilder out = new StringBuilder();
        Matcher m = LINK.matcher(source);
        int at = 0;
        while (m.find()) {
            String found = trim(m.group());
            out.append(plain.apply(source.substring(at, m.start())));
            String click = clicks.get(found);
            out.append(click == null ? plain.apply(found) : link.apply(found, click));
            at = m.start() + found.length();
        }
        return out.append(plain.apply(source.substring(at))).toString();
    }

    private static String trim(String link) {
        int end = link.length();
        while (end > 0 && TRAILING.indexOf(link.charAt(end - 1)) >= 0) {
            end--;
        }
        return link.substring(0, end);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
