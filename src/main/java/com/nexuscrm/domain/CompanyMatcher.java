package com.nexuscrm.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Finds a lead's company in the directory, most reliable evidence first:
 * <ol>
 *   <li>the lead's {@code domain}, then its email's domain, each widened from subdomain to domain
 *       ({@code mail.acme.com} finds {@code acme.com}); free-mail domains (gmail.com, gmx.de, ...) are
 *       ignored;</li>
 *   <li>its company name's {@link CompanyNames#key key} equal to a company's key ("ACME Inc." is "Acme");
 *       when several companies share the key, the lead's country picks one, else it is ambiguous;</li>
 *   <li>the most similar key by Jaro-Winkler similarity, if it reaches {@link #THRESHOLD} and beats the
 *       runner-up by {@link #MARGIN}; otherwise ambiguous. Candidates are the companies whose key starts
 *       with the same {@value #BLOCK} characters (Jaro-Winkler rewards a common prefix, so names that
 *       differ there score low anyway); keys shorter than {@value #MIN_FUZZY_LENGTH} are never fuzzy-matched.</li>
 * </ol>
 * A matcher remembers keys and rankings, so make one per run: the directory must not change under it.
 */
public final class CompanyMatcher {
    /**
     * Jaro-Winkler similarity a fuzzy match needs. 0.92 accepts typos and dropped words at the end
     * ("Acme Robotic" for "Acme Robotics", 0.98) but not different names that share a start ("Acme" and
     * "Acne", 0.87; "Globex" and "Globex Systems", 0.89).
     */
    public static final double THRESHOLD = 0.92;
    /** How far the best fuzzy candidate must be ahead of the next one; closer than this is ambiguous. */
    public static final double MARGIN = 0.03;
    static final int BLOCK = 3;
    static final int MIN_FUZZY_LENGTH = 4;
    /** Most fuzzy candidates compared per name, so one common prefix cannot make a match slow. */
    static final int CANDIDATE_LIMIT = 2000;
    /**
     * Keys whose lengths differ more than this ratio cannot reach {@link #THRESHOLD}: Jaro is at most
     * (2 + shorter/longer) / 3, and even a 4-character common prefix lifts 0.867 only to 0.92.
     */
    static final double MIN_LENGTH_RATIO = 0.6;

    private final CompanyLookup companies;
    private final JaroWinklerSimilarity similarity = new JaroWinklerSimilarity();
    /** Per matcher (one enrichment run): name to key, and key to its fuzzy ranking. */
    private final Map<String, String> keys = new HashMap<>();
    private final Map<String, Ranking> rankings = new HashMap<>();

    public CompanyMatcher(CompanyLookup companies) {
        this.companies = companies;
    }

    public CompanyMatch match(Lead lead) {
        List<String> tried = new ArrayList<>();
        Optional<CompanyMatch> found = byDomain("lead domain", lead.getDomain(), tried);
        if (found.isEmpty()) {
            found = CompanyDomains.ofEmail(lead.getEmail()).flatMap(d -> byDomain("email domain", d, tried));
        }
        return found.orElseGet(() -> byName(lead, tried));
    }

    private Optional<CompanyMatch> byDomain(String what, String domain, List<String> tried) {
        if (FieldRules.isBlank(domain)) {
            return Optional.empty();
        }
        if (CompanyDomains.isFreeMail(domain)) {
            tried.add(CompanyDomains.normalize(domain) + " is a free-mail domain");
            return Optional.empty();
        }
        for (String step : CompanyDomains.widening(domain)) {
            Optional<CompanyProfile> company = companies.byDomain(step);
            if (company.isPresent()) {
                return Optional.of(new CompanyMatch.Matched(company.get(), what + " " + step));
            }
        }
        tried.add("no company has the domain " + CompanyDomains.normalize(domain));
        return Optional.empty();
    }

    private CompanyMatch byName(Lead lead, List<String> tried) {
        String name = lead.getCompany();
        String key = CompanyNames.key(name);
        if (key.isEmpty()) {
            tried.add("the lead has no company name");
            return new CompanyMatch.Unmatched(String.join("; ", tried));
        }
        List<CompanyProfile> same = companies.byNameKey(key);
        if (same.size() == 1) {
            return new CompanyMatch.Matched(same.get(0), "company name '" + name.strip() + "'");
        }
        if (same.size() > 1) {
            return sameName(lead, same);
        }
        return fuzzy(name.strip(), key, tried);
    }

    /** Several companies share the name: the lead's country may tell them apart. */
    private static CompanyMatch sameName(Lead lead, List<CompanyProfile> same) {
        String country = lead.getCountry();
        List<CompanyProfile> inCountry = FieldRules.isBlank(country) ? List.of()
                : same.stream().filter(c -> country.strip().equalsIgnoreCase(c.country())).toList();
        if (inCountry.size() == 1) {
            return new CompanyMatch.Matched(inCountry.get(0), "company name '" + lead.getCompany().strip()
                    + "' and country " + country.strip());
        }
        return new CompanyMatch.Ambiguous(same.size() + " companies are named '" + lead.getCompany().strip() + "' ("
                + domains(same) + "); add the lead's domain or country to choose one");
    }

    private CompanyMatch fuzzy(String name, String key, List<String> tried) {
        if (key.length() < MIN_FUZZY_LENGTH) {
            tried.add("no company is named '" + name + "'");
            return new CompanyMatch.Unmatched(String.join("; ", tried));
        }
        Ranking ranking = rankings.computeIfAbsent(key, this::rank);
        Scored best = ranking.best();
        Scored second = ranking.second();
        if (best == null || best.score() < THRESHOLD) {
            tried.add("no company is named like '" + name + "'" + (best == null ? ""
                    : " (closest: '" + best.company().name() + "', " + format(best.score()) + ", needs " + format(THRESHOLD) + ")"));
            return new CompanyMatch.Unmatched(String.join("; ", tried));
        }
        if (second != null && best.score() - second.score() < MARGIN) {
            return new CompanyMatch.Ambiguous("'" + name + "' is about as similar to '" + best.company().name() + "' ("
                    + format(best.score()) + ", " + best.company().domain() + ") as to '" + second.company().name() + "' ("
                    + format(second.score()) + ", " + second.company().domain() + "); add the lead's domain to choose one");
        }
        return new CompanyMatch.Matched(best.company(), "similar company name '" + best.company().name() + "' ("
                + format(best.score()) + ")");
    }

    /** The best and second-best candidate for a key; keys too different in length to reach the threshold are skipped. */
    private Ranking rank(String key) {
        Scored best = null;
        Scored second = null;
        for (CompanyProfile candidate : candidates(key)) {
            String other = keys.computeIfAbsent(Objects.toString(candidate.name(), ""), CompanyNames::key);
            if (Math.min(key.length(), other.length()) < MIN_LENGTH_RATIO * Math.max(key.length(), other.length())) {
                continue;
            }
            Scored scored = new Scored(candidate, similarity.apply(key, other));
            if (best == null || scored.score() > best.score()) {
                second = best;
                best = scored;
            } else if (second == null || scored.score() > second.score()) {
                second = scored;
            }
        }
        return new Ranking(best, second);
    }

    /**
     * The companies whose key starts like this one: the first {@value #BLOCK} characters, or more when that
     * block is larger than {@link #CANDIDATE_LIMIT} (then a typo in those extra characters is not found).
     */
    private List<CompanyProfile> candidates(String key) {
        for (int length = BLOCK; length <= key.length(); length++) {
            List<CompanyProfile> block = companies.byNameKeyPrefix(key.substring(0, length), CANDIDATE_LIMIT + 1);
            if (block.size() <= CANDIDATE_LIMIT) {
                return block;
            }
        }
        return List.of();
    }

    private static String domains(List<CompanyProfile> companies) {
        String listed = companies.stream().limit(3).map(CompanyProfile::domain).collect(Collectors.joining(", "));
        return companies.size() > 3 ? listed + ", ..." : listed;
    }

    private static String format(double score) {
        return String.format(Locale.ROOT, "%.2f", score);
    }

    private record Scored(CompanyProfile company, double score) { }

    private record Ranking(Scored best, Scored second) { }
}
