package com.nexuscrm.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** How picklist values are compared: case-, accent-, space- and punctuation-blind ("Trade-show" = "trade show"). */
public final class PicklistText {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

    private PicklistText() { }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return NOT_ALNUM.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
