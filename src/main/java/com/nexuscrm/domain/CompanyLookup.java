package com.nexuscrm.domain;

import java.util.List;
import java.util.Optional;

/** The reads {@link CompanyMatcher} makes of the company directory. */
public interface CompanyLookup {
    /** The company with exactly this (normalised) domain. */
    Optional<CompanyProfile> byDomain(String domain);

    /** Companies whose name has this {@link CompanyNames#key key}. */
    List<CompanyProfile> byNameKey(String key);

    /**
     * Companies whose name key starts with the prefix: the candidates of a fuzzy match. At most
     * {@code limit}; an implementation may return fewer only when there are fewer.
     */
    List<CompanyProfile> byNameKeyPrefix(String prefix, int limit);
}
