package com.nexuscrm.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Domains as enrichment compares them: normalised ({@code https://www.Acme.com/about} is {@code acme.com}),
 * free-mail providers recognised (a Gmail address says nothing about the lead's employer), and a host
 * widened step by step ({@code mail.eu.acme.com}, {@code eu.acme.com}, {@code acme.com}) so that a
 * subdomain finds its company. No public-suffix list is needed: the directory decides which of the steps
 * is a company, and two-label country suffixes such as {@code co.uk} are never tried on their own.
 */
public final class CompanyDomains {
    /** Free-mail and consumer ISP domains. */
    static final Set<String> FREE_MAIL = Set.of("gmail.com", "googlemail.com", "outlook.com", "hotmail.com",
            "live.com", "msn.com", "icloud.com", "me.com", "mac.com", "aol.com", "proton.me", "protonmail.com",
            "protonmail.ch", "pm.me", "yahoo.com", "ymail.com", "rocketmail.com", "web.de", "mail.com",
            "email.com", "gmx.com", "gmx.net", "yandex.com", "yandex.ru", "mail.ru", "fastmail.com", "tutanota.com",
            "tuta.io", "hey.com", "qq.com", "163.com", "126.com", "naver.com", "t-online.de", "freenet.de",
            "orange.fr", "free.fr", "laposte.net", "libero.it", "btinternet.com", "comcast.net", "verizon.net",
            "att.net", "sbcglobal.net", "zoho.eu");
    /** Providers that exist under many country domains: gmx.de, yahoo.co.uk, hotmail.fr, outlook.com.br. */
    static final Set<String> FREE_MAIL_BRANDS = Set.of("gmx", "yahoo", "hotmail", "outlook", "live", "aol", "yandex");
    private static final Pattern COUNTRY_SECOND_LEVEL = Pattern.compile("(co|com|net|org|gov|edu|ac|or|ne|go)\\.[a-z]{2}");
    private static final Pattern SCHEME = Pattern.compile("^[a-z][a-z0-9+.-]*://");

    private CompanyDomains() { }

    /**
     * A domain as the directory keys it: lower case, without scheme, {@code www.}, path, port or trailing
     * dot; "" when nothing is left.
     */
    public static String normalize(String domain) {
        if (domain == null) {
            return "";
        }
        String d = SCHEME.matcher(domain.strip().toLowerCase(Locale.ROOT)).replaceFirst("");
        int end = indexOfAny(d, "/?#:");
        d = end < 0 ? d : d.substring(0, end);
        while (d.endsWith(".")) {
            d = d.substring(0, d.length() - 1);
        }
        return d.startsWith("www.") ? d.substring(4) : d;
    }

    /** The domain of an email address, normalised; empty when it has none. */
    public static Optional<String> ofEmail(String email) {
        if (email == null) {
            return Optional.empty();
        }
        int at = email.lastIndexOf('@');
        String domain = at < 0 ? "" : normalize(email.substring(at + 1));
        return domain.contains(".") ? Optional.of(domain) : Optional.empty();
    }

    /** True for a free-mail or consumer provider, including its country variants (gmx.de, yahoo.co.uk). */
    public static boolean isFreeMail(String domain) {
        String d = normalize(domain);
        if (FREE_MAIL.contains(d)) {
            return true;
        }
        List<String> labels = Arrays.asList(d.split("\\."));
        return labels.size() >= 2 && FREE_MAIL_BRANDS.contains(labels.get(0))
                && labels.subList(1, labels.size()).stream().allMatch(l -> l.length() <= 3);
    }

    /**
     * The host and its parents, most specific first, down to two labels: {@code mail.acme.co.uk} gives
     * {@code mail.acme.co.uk, acme.co.uk} ({@code co.uk} alone is no company).
     */
    public static List<String> widening(String domain) {
        String d = normalize(domain);
        List<String> steps = new ArrayList<>();
        while (d.indexOf('.') > 0 && !COUNTRY_SECOND_LEVEL.matcher(d).matches()) {
            steps.add(d);
            d = d.substring(d.indexOf('.') + 1);
            if (d.indexOf('.') < 0) {
                break;
            }
        }
        return steps;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
