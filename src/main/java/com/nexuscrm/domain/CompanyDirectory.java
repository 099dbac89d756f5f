package com.nexuscrm.domain;

import java.util.Collection;
import java.util.Optional;

/**
 * The offline company directory that leads are enriched from: local reference data imported from a CSV
 * file, never synced. An import replaces the whole directory at once.
 */
public interface CompanyDirectory extends CompanyLookup {
    /** How many companies the directory holds. */
    long size();

    /** The import the directory came from; empty before the first. */
    Optional<DirectoryImport> lastImport();

    /**
     * Replaces every company with these, in one transaction: all or nothing. Cancelling through
     * {@code progress} keeps the previous directory. The profiles must pass {@link CompanyProfile#problems()}
     * and have distinct domains.
     */
    void replaceAll(Collection<CompanyProfile> companies, DirectoryImport source, Progress progress);
}
