package com.nexuscrm.campaign;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The part of an e-mail reply its sender wrote: quoted lines ({@code > ...}) dropped, and everything from the quote
 * header ("On Mon, 3 May 2027, Ann wrote:", "-----Original Message-----", "From: ... " after the reply) or from the
 * signature marker ({@code -- }) on cut off; then the words, lowercase, with each e-mail address as the one word
 * {@value #EMAIL} and each number as {@value #NUMBER}.
 */
final class ReplyText {
    static final String EMAIL = "<email>";
    static final String NUMBER = "<number>";
    static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9']+");
    private static final Pattern EDGE_QUOTES = Pattern.compile("^'+|'+$");
    private static final Pattern DIGITS = Pattern.compile("\\d+(st|nd|rd|th)?");
    private static final Pattern QUOTE_HEADER = Pattern.compile(
            "(?i)^\\s*(on\\s.{0,200}\\swrote:?\\s*$|-{2,}\\s*original message\\s*-{2,}.*|-{2,}\\s*forwarded message\\s*-{2,}.*"
                    + "|from:\\s.*|sent from my \\w+.*)");

    private ReplyText() {
    }

    /** The lines the sender wrote, joined by line breaks and stripped. */
    static String written(String reply) {
        List<String> kept = new ArrayList<>();
        for (String line : reply.replace("\r\n", "\n").split("\n", -1)) {
            if (!kept.isEmpty() && (QUOTE_HEADER.matcher(line).matches() || line.equals("-- ") || line.strip().equals("--"))) {
                break;
            }
            if (!line.stripLeading().startsWith(">")) {
                kept.add(line);
            }
        }
        return String.join("\n", kept).strip();
    }

    /** The words of {@code text}: lowercase, apostrophes kept, addresses and numbers as one word each. */
    static List<String> words(String text) {
        String marked = ADDRESS.matcher(text).replaceAll(" zzemailzz ");
        String clean = NOT_WORD.matcher(marked.toLowerCase(Locale.ROOT).replace('\u2019', '\'')).replaceAll(" ");
        return Arrays.stream(clean.trim().split(" "))
                .map(t -> EDGE_QUOTES.matcher(t).replaceAll(""))
                .filter(t -> !t.isEmpty())
                .map(t -> t.equals("zzemailzz") ? EMAIL : DIGITS.matcher(t).matches() ? NUMBER : t)
                .toList();
    }
}
