package com.nexuscrm.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * When two leads, contacts or accounts are likely the same: people with the same email address (any case), or
 * at the same company domain with a similar name; companies at the same domain with a similar name, or with the
 * same name when one of them has no domain. Free-mail domains (gmail.com...) say nothing about a company and are
 * never compared. A warning, never a refusal: the person decides, and may merge.
 */
public final class DuplicateRules {
    /** Jaro-Winkler similarity of two normalised names from which they count as similar. */
    public static final double SIMILAR_NAME = 0.9;

    /** A lead or contact as the rules compare it. */
    public record Person(RecordRef ref, String firstName, String lastName, String email, String domain) {
        public String title() {
            String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
            return email == null || email.isBlank() ? name : name + " <" + email + ">";
        }

        String emailKey() {
            return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        }

        String domainKey() {
            return companyDomain(domain, email);
        }

        String nameKey() {
            return personKey((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName));
        }
    }

    /** An account as the rules compare it. */
    public record Company(RecordRef ref, String name, String domain) {
        String domainKey() {
            return companyDomain(domain, null);
        }
    }

    /**
     * {@code of} (titled {@code ofTitle}) is likely a duplicate of the existing {@code candidate} (titled
     * {@code title}), for {@code reason} (e.g. "same email").
     */
    public record LikelyDuplicate(RecordRef of, String ofTitle, RecordRef candidate, String title, String reason) {
        /** One line for people: "Ada Lovelace <ada@x.com>: same email as Ada King <ada@x.com>". */
        public String describe() {
            return ofTitle + ": " + reason + " as " + title;
        }
    }

    private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

    private DuplicateRules() { }

    /**
     * The company domain of a record: its own domain, else its email's, normalised; "" when there is none or
     * it is a free-mail domain.
     */
    public static String companyDomain(String domain, String email) {
        String d = CompanyDomains.normalize(domain);
        if (d.isEmpty()) {
            d = CompanyDomains.ofEmail(email).orElse("");
        }
        return d.isEmpty() || CompanyDomains.isFreeMail(d) ? "" : d;
    }

    /** People indexed by email and company domain, to check many candidates against (an import). */
    public static People people(Collection<Person> known) {
        return new People(known);
    }

    /** Companies indexed by domain and name key. */
    public static Companies companies(Collection<Company> known) {
        return new Companies(known);
    }

    /** Known people to check candidates against. */
    public static final class People {
        private final Map<String, List<Person>> byEmail = new HashMap<>();
        private final Map<String, List<Person>> byDomain = new HashMap<>();

        private People(Collection<Person> known) {
            known.forEach(this::add);
        }

        /** Adds a person, so later candidates (the next rows of an import) are checked against it too. */
        public void add(Person p) {
            if (!p.emailKey().isEmpty()) {
                byEmail.computeIfAbsent(p.emailKey(), k -> new ArrayList<>()).add(p);
            }
            if (!p.domainKey().isEmpty()) {
                byDomain.computeIfAbsent(p.domainKey(), k -> new ArrayList<>()).add(p);
            }
        }

        /** The known people the candidate likely duplicates (itself excluded), one entry each, the strongest reason. */
        public List<LikelyDuplicate> of(Person candidate) {
            Map<UUID, LikelyDuplicate> found = new LinkedHashMap<>();
            for (Person p : byEmail.getOrDefault(candidate.emailKey(), List.of())) {
                if (!p.ref().id().equals(candidate.ref().id())) {
                    found.putIfAbsent(p.ref().id(), new LikelyDuplicate(candidate.ref(), candidate.title(), p.ref(), p.title(), "same email"));
                }
            }
            String name = candidate.nameKey();
            for (Person p : byDomain.getOrDefault(candidate.domainKey(), List.of())) {
                if (!p.ref().id().equals(candidate.ref().id()) && similar(name, p.nameKey())) {
                    found.putIfAbsent(p.ref().id(), new LikelyDuplicate(candidate.ref(), candidate.title(), p.ref(), p.title(),
                            "same company domain (" + candidate.domainKey() + ") and a similar name"));
                }
            }
            return List.copyOf(found.values());
        }
    }

    /** Known companies to check candidates against. */
    public static final class Companies {
        private final Map<String, List<Company>> byDomain = new HashMap<>();
        private final Map<String, List<Company>> byName = new HashMap<>();

        private Companies(Collection<Company> known) {
            known.forEach(this::add);
        }

        public void add(Company c) {
            if (!c.domainKey().isEmpty()) {
                byDomain.computeIfAbsent(c.domainKey(), k -> new ArrayList<>()).add(c);
            }
            String key = CompanyNames.key(c.name());
            if (!key.isEmpty()) {
                byName.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
            }
        }

        public List<LikelyDuplicate> of(Company candidate) {
            Map<UUID, LikelyDuplicate> found = new LinkedHashMap<>();
            String key = CompanyNames.key(candidate.name());
            for (Company c : byDomain.getOrDefault(candidate.domainKey(), List.of())) {
                if (!c.ref().id().equals(candidate.ref().id()) && similar(key, CompanyNames.key(c.name()))) {
                    found.putIfAbsent(c.ref().id(), new LikelyDuplicate(candidate.ref(), candidate.name(), c.ref(), c.name(),
                            "same domain (" + candidate.domainKey() + ") and a similar name"));
                }
            }
            for (Company c : byName.getOrDefault(key, List.of())) {
                boolean oneWithoutDomain = c.domainKey().isEmpty() || candidate.domainKey().isEmpty();
                if (!c.ref().id().equals(candidate.ref().id()) && oneWithoutDomain) {
                    found.putIfAbsent(c.ref().id(), new LikelyDuplicate(candidate.ref(), candidate.name(), c.ref(), c.name(), "same name"));
                }
            }
            return List.copyOf(found.values());
        }
    }

    /** Whether two normalised names are alike enough; two empty names never are. */
    public static boolean similar(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        return a.equals(b) || SIMILARITY.apply(a, b) >= SIMILAR_NAME;
    }

    /** A person's name without case, accents or punctuation, words in order. */
    static String personKey(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The person of a lead. */
    public static Person of(Lead l) {
        return new Person(RecordRef.lead(l.getId()), l.getFirstName(), l.getLastName(), l.getEmail(), l.getDomain());
    }

    /** The person of a contact (its company domain is its email's). */
    public static Person of(Contact c) {
        return new Person(RecordRef.contact(c.getId()), c.getFirstName(), c.getLastName(), c.getEmail(), null);
    }

    public static Company of(Account a) {
        return new Company(RecordRef.account(a.getId()), a.getName(), Optional.ofNullable(a.getDomain()).orElse(a.getWebsite()));
    }
}
