package com.nexuscrm.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The comparable form of a company name (its "key"): "ACME, Inc.", "Acme Inc" and "acme" all become
 * {@code acme}; "Müller & Söhne GmbH" becomes {@code muller and sohne}. Accents and case are dropped, dots
 * and apostrophes removed (so "S.A." is {@code sa}), other punctuation turns into spaces, a leading "the"
 * and trailing legal forms (Inc, LLC, Ltd, GmbH, Corp, Co, S.A., AG, plc, ...) are removed. A name that is
 * only a legal form keeps it, so no key is empty unless the name is.
 */
public final class CompanyNames {
    /** Legal forms, as they look once dots are gone; removed from the end of a name, repeatedly. */
    static final Set<String> LEGAL_FORMS = Set.of("inc", "incorporated", "llc", "llp", "lp", "ltd", "limited",
            "corp", "corporation", "co", "company", "gmbh", "ag", "kg", "kgaa", "ohg", "ug", "ev", "sa", "sas",
            "sarl", "srl", "spa", "sl", "slu", "bv", "nv", "plc", "pty", "pte", "pvt", "oy", "oyj", "ab", "as",
            "asa", "aps", "se", "kk", "lda", "ltda", "sro", "doo");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern DROPPED = Pattern.compile("[.'’`]");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private CompanyNames() { }

    /** The key of a name; "" for a blank or null name. */
    public static String key(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        plain = plain.toLowerCase(Locale.ROOT).replace("&", " and ").replace("+", " and ");
        plain = SEPARATORS.matcher(DROPPED.matcher(plain).replaceAll("")).replaceAll(" ").strip();
        List<String> words = new ArrayList<>(Arrays.asList(plain.split(" ")));
        if (words.size() > 1 && words.get(0).equals("the")) {
            words.remove(0);
        }
        while (words.size() > 1 && (LEGAL_FORMS.contains(last(words)) || last(words).equals("and"))) {
            words.remove(words.size() - 1);
        }
        return String.join(" ", words);
    }

    private static String last(List<String> words) {
        return words.get(words.size() - 1);
    }
}
