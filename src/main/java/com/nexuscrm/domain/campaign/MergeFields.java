package com.nexuscrm.domain.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Merge fields in a campaign template: {@code {{firstName}}}, or with a fallback for a blank value,
 * {@code {{firstName|there}}}. {@link #problems} lists what is wrong with a text at save time (an unknown field,
 * an unclosed brace); {@link #render} fills a text for one recipient.
 */
public final class MergeFields {
    /** The fields a template may use, as {@link Recipient#mergeValues()} provides them. */
    public static final List<String> KNOWN = List.of("firstName", "lastName", "fullName", "company", "title", "email",
            "phone", "city", "country", "senderName");
    private static final Pattern FIELD = Pattern.compile("\\{\\{\\s*([^{}|]*?)\\s*(?:\\|([^{}]*))?}}");

    private MergeFields() { }

    /** What is wrong with the merge fields of {@code text}; empty when it can be rendered for anyone. */
    public static List<String> problems(String text) {
        List<String> problems = new ArrayList<>();
        if (text == null) {
            return problems;
        }
        Matcher m = FIELD.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            if (!KNOWN.contains(name)) {
                problems.add("unknown merge field {{" + name + "}}; known fields: " + String.join(", ", KNOWN));
            }
        }
        String rest = FIELD.matcher(text).replaceAll("");
        int open = rest.indexOf("{{");
        if (open >= 0) {
            problems.add("merge field not closed with }} near '" + excerpt(rest, open) + "'");
        } else if (rest.contains("}}")) {
            problems.add("'}}' without a matching {{ near '" + excerpt(rest, rest.indexOf("}}")) + "'");
        }
        return problems;
    }

    /** {@code text} with each field replaced by its value, or its fallback when the value is blank (else nothing). */
    public static String render(String text, Map<String, String> values) {
        if (text == null) {
            return "";
        }
        Matcher m = FIELD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null || value.isBlank()) {
                value = m.group(2) == null ? "" : m.group(2).strip();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String excerpt(String text, int at) {
        return text.substring(at, Math.min(text.length(), at + 20));
    }
}
