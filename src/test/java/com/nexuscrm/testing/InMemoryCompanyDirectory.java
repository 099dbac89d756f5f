package com.nexuscrm.testing;

import com.nexuscrm.domain.CompanyDirectory;
import com.nexuscrm.domain.CompanyNames;
import com.nexuscrm.domain.CompanyProfile;
import com.nexuscrm.domain.DirectoryImport;
import com.nexuscrm.domain.Progress;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The company directory in memory, behaving like storage's {@code StoredCompanyDirectory}: an import replaces
 * every company at once, checks for a cancel every 1,000 companies and keeps the previous directory when
 * cancelled; lookups use the same name keys and orders; revenue is kept at the column's two decimals.
 */
public final class InMemoryCompanyDirectory implements CompanyDirectory {
    private static final int BATCH = 1000;
    private static final Comparator<CompanyProfile> BY_KEY_THEN_DOMAIN =
            Comparator.comparing((CompanyProfile c) -> CompanyNames.key(c.name())).thenComparing(CompanyProfile::domain);

    private TreeMap<String, CompanyProfile> byDomain = new TreeMap<>();
    private DirectoryImport lastImport;

    /** A directory already imported from {@code source} with these companies. */
    public static InMemoryCompanyDirectory of(DirectoryImport source, CompanyProfile... companies) {
        InMemoryCompanyDirectory directory = new InMemoryCompanyDirectory();
        directory.replaceAll(List.of(companies), source, Progress.NONE);
        return directory;
    }

    @Override
    public synchronized Optional<CompanyProfile> byDomain(String domain) {
        return Optional.ofNullable(byDomain.get(domain));
    }

    @Override
    public synchronized List<CompanyProfile> byNameKey(String key) {
        return byDomain.values().stream().filter(c -> CompanyNames.key(c.name()).equals(key)).toList();
    }

    @Override
    public synchronized List<CompanyProfile> byNameKeyPrefix(String prefix, int limit) {
        return byDomain.values().stream().filter(c -> CompanyNames.key(c.name()).startsWith(prefix))
                .sorted(BY_KEY_THEN_DOMAIN).limit(limit).toList();
    }

    @Override
    public synchronized long size() {
        return byDomain.size();
    }

    @Override
    public synchronized Optional<DirectoryImport> lastImport() {
        return Optional.ofNullable(lastImport);
    }

    @Override
    public synchronized void replaceAll(Collection<CompanyProfile> companies, DirectoryImport source, Progress progress) {
        TreeMap<String, CompanyProfile> next = new TreeMap<>();
        long done = 0;
        for (CompanyProfile c : companies) {
            if (next.put(c.domain(), asStored(c)) != null) {
                throw new IllegalArgumentException("Duplicate domain " + c.domain() + "; nothing was imported");
            }
            if (++done % BATCH == 0) {
                progress.checkCancelled();
                progress.update(done, companies.size(), String.format("Saved %,d of %,d companies", done,
                        companies.size()));
            }
        }
        byDomain = next;
        lastImport = new DirectoryImport(source.fileName(), source.importedAt(), companies.size());
    }

    private static CompanyProfile asStored(CompanyProfile c) {
        return c.annualRevenue() == null ? c : new CompanyProfile(c.domain(), c.name(), c.industry(), c.employees(),
                c.annualRevenue().setScale(2, RoundingMode.HALF_UP), c.country(), c.technologies());
    }
}
