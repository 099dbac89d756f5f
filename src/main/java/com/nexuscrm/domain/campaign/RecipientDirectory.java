package com.nexuscrm.domain.campaign;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Reads the lead or contact a campaign reaches (port; {@code storage.StoredCampaignRecipients}). */
public interface RecipientDirectory {
    Optional<Recipient> find(PersonRef person);

    /**
     * The full names of these people (their company after a comma when they have one), for lists; people no longer
     * there are left out. The default reads one by one; the store reads them in bulk.
     */
    default Map<PersonRef, String> names(Collection<PersonRef> people) {
        Map<PersonRef, String> names = new HashMap<>();
        for (PersonRef person : people) {
            find(person).ifPresent(r -> names.put(person, label(r.fullName(), r.company())));
        }
        return names;
    }

    /** These people as recipients (people no longer there are left out); the default reads one by one. */
    default Map<PersonRef, Recipient> findAll(Collection<PersonRef> people) {
        Map<PersonRef, Recipient> found = new HashMap<>();
        for (PersonRef person : people) {
            find(person).ifPresent(r -> found.put(person, r));
        }
        return found;
    }

    /**
     * Who each person is to the optimiser: the lead's source crossed with its score band (people no longer there are
     * left out). The default knows no sources: every person is in source {@link #UNKNOWN_SOURCE}, banded by score.
     */
    default Map<PersonRef, Segment> segments(Collection<PersonRef> people) {
        Map<PersonRef, Segment> segments = new HashMap<>();
        findAll(people).forEach((person, r) -> segments.put(person, segment(UNKNOWN_SOURCE, r.score())));
        return segments;
    }

    /** The source of a segment whose lead source is not known. */
    String UNKNOWN_SOURCE = "UNKNOWN";

    /** The segment of a source (blank: {@link #UNKNOWN_SOURCE}) and a score (none counts as medium). */
    static Segment segment(String source, Integer score) {
        String key = source == null || source.isBlank() ? UNKNOWN_SOURCE : source.strip().replace('/', '-');
        return new Segment(key, score == null ? ScoreBand.MEDIUM : ScoreBand.of(score));
    }

    /** "Ana Adams, Acme" or "Ana Adams" without a company. */
    static String label(String fullName, String company) {
        String name = fullName == null || fullName.isBlank() ? "(no name)" : fullName.strip();
        return company == null || company.isBlank() ? name : name + ", " + company.strip();
    }
}
