package com.nexuscrm.sample;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Company domains and personal email addresses derived from names. Keeps every domain and address
 * unique within one workspace, the way real ones are, by trying a few natural variants before numbering.
 */
final class Addresses {
    private static final Set<String> LEGAL_WORDS = Set.of("and", "sons", "inc", "llc", "ltd", "plc", "group",
            "gmbh", "ag", "kg", "co", "sa", "sarl", "sl", "bv", "nv", "pty", "cie", "et", "und", "en", "y", "e", "fils",
            "zonen", "partners", "the");
    private static final List<String> DOMAIN_VARIANTS = List.of("", "hq", "group", "global");

    private final Set<String> domains = new HashSet<>();
    private final Set<String> emails = new HashSet<>();

    /** A unique, lower-case domain such as {@code sporer-oberbrunner.com} for the company name. */
    String domainFor(String companyName, Market market) {
        String base = String.join("-", significantWords(companyName));
        if (base.isEmpty()) {
            base = "company";
        }
        for (String variant : DOMAIN_VARIANTS) {
            String candidate = base + variant + "." + market.topLevelDomain();
            if (domains.add(candidate)) {
                return candidate;
            }
        }
        for (int n = 2; ; n++) {
            String candidate = base + n + "." + market.topLevelDomain();
            if (domains.add(candidate)) {
                return candidate;
            }
        }
    }

    /** A unique {@code first.last@domain}; a second person of the same name gets {@code first.last2}. */
    String emailFor(String firstName, String lastName, String domain) {
        String first = ascii(firstName);
        String last = ascii(lastName);
        String local = first.isEmpty() ? (last.isEmpty() ? "contact" : last) : last.isEmpty() ? first : first + "." + last;
        String candidate = local + "@" + domain;
        for (int n = 2; !emails.add(candidate); n++) {
            candidate = local + n + "@" + domain;
        }
        return candidate;
    }

    private static List<String> significantWords(String name) {
        List<String> words = new java.util.ArrayList<>();
        for (String word : name.split("[\\s,&.'\\-]+")) {
            String clean = ascii(word);
            if (!clean.isEmpty() && !LEGAL_WORDS.contains(clean) && words.size() < 2) {
                words.add(clean);
            }
        }
        return words;
    }

    /** Lower-case a-z and digits only: accents dropped, ligatures spelled out. */
    static String ascii(String text) {
        String spelled = text.replace("ß", "ss").replace("æ", "ae").replace("Æ", "Ae").replace("ø", "o")
                .replace("Ø", "O").replace("œ", "oe").replace("ł", "l").replace("Ł", "L");
        return Normalizer.normalize(spelled, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase().replaceAll("[^a-z0-9]", "");
    }
}
