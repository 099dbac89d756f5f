package com.nexuscrm.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers the directory's answers for one enrichment run: leads of the same company (most of a bulk run)
 * then cost one lookup, not one each. Not thread-safe; the directory must not change during the run.
 */
final class CachedLookup implements CompanyLookup {
    private final CompanyLookup directory;
    private final Map<String, Optional<CompanyProfile>> byDomain = new HashMap<>();
    private final Map<String, List<CompanyProfile>> byKey = new HashMap<>();
    private final Map<String, List<CompanyProfile>> byPrefix = new HashMap<>();

    CachedLookup(CompanyLookup directory) {
        this.directory = directory;
    }

    @Override
    public Optional<CompanyProfile> byDomain(String domain) {
        return byDomain.computeIfAbsent(domain, directory::byDomain);
    }

    @Override
    public List<CompanyProfile> byNameKey(String key) {
        return byKey.computeIfAbsent(key, directory::byNameKey);
    }

    @Override
    public List<CompanyProfile> byNameKeyPrefix(String prefix, int limit) {
        return byPrefix.computeIfAbsent(prefix + "\u0000" + limit, k -> directory.byNameKeyPrefix(prefix, limit));
    }
}
