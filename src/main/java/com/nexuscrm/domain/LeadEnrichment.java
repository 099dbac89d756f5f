package com.nexuscrm.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Offline lead enrichment: finds each lead's company in the {@link CompanyDirectory} ({@link CompanyMatcher})
 * and fills the lead's empty firmographic fields from it ({@link LeadEnricher}), keeping the source file,
 * date and match of every filled field. Values a person entered are never overwritten, and nothing leaves
 * the machine. Called after a lead is created in the form or imported, and in bulk for existing leads.
 */
public final class LeadEnrichment {
    private static final int AMBIGUITIES_KEPT = 10;

    private final CompanyDirectory directory;
    private final EnrichmentRepository leads;
    private final Clock clock;

    public LeadEnrichment(CompanyDirectory directory, EnrichmentRepository leads, Clock clock) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.leads = Objects.requireNonNull(leads, "leads");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Enriches the given leads in one transaction, without progress. */
    public EnrichmentSummary enrich(Collection<UUID> leadIds) {
        return enrich(leadIds, Progress.NONE);
    }

    /**
     * Enriches the given leads in one transaction; a cancel through {@code progress} leaves them all as they
     * were ({@link Progress.CancelledException}).
     */
    public EnrichmentSummary enrich(Collection<UUID> leadIds, Progress progress) {
        Optional<DirectoryImport> source = directory.lastImport().filter(d -> d.companies() > 0);
        if (source.isEmpty()) {
            return EnrichmentSummary.withoutDirectory();
        }
        Run run = new Run(new CompanyMatcher(new CachedLookup(directory)), source.get().fileName(), clock.instant());
        if (!leadIds.isEmpty()) {
            leads.enrich(leadIds, run::enrich, progress);
        }
        return run.summary();
    }

    /** Enriches every live lead that has an empty field. */
    public EnrichmentSummary enrichAll(Progress progress) {
        progress.update(0, 1, "Finding leads with empty fields");
        return enrich(leads.leadsWithEmptyFields(), progress);
    }

    /** What enrichment filled in the lead, field by field. */
    public List<EnrichedField> provenance(UUID leadId) {
        return leads.provenance(leadId);
    }

    /** The counts of one run; its callback runs inside the repository's transaction. */
    private static final class Run {
        private final CompanyMatcher matcher;
        private final String source;
        private final Instant now;
        private final List<String> ambiguities = new ArrayList<>();
        private int leads;
        private int complete;
        private int matched;
        private int fields;
        private int unmatched;
        private int ambiguous;

        Run(CompanyMatcher matcher, String source, Instant now) {
            this.matcher = matcher;
            this.source = source;
            this.now = now;
        }

        List<EnrichedField> enrich(Lead lead) {
            leads++;
            if (!LeadEnricher.hasEmptyField(lead)) {
                complete++;
                return List.of();
            }
            CompanyMatch match = matcher.match(lead);
            if (match instanceof CompanyMatch.Matched found) {
                matched++;
                List<EnrichedField> filled = LeadEnricher.fill(lead, found.company(), source, now, found.matchedBy());
                fields += filled.size();
                return filled;
            }
            if (match instanceof CompanyMatch.Ambiguous) {
                ambiguous++;
                if (ambiguities.size() < AMBIGUITIES_KEPT) {
                    ambiguities.add(name(lead) + ": " + match.explanation());
                }
            } else {
                unmatched++;
            }
            return List.of();
        }

        private static String name(Lead lead) {
            String first = lead.getFirstName() == null ? "" : lead.getFirstName() + " ";
            return (first + Objects.toString(lead.getLastName(), "")).strip();
        }

        EnrichmentSummary summary() {
            return new EnrichmentSummary(leads, complete, matched, fields, unmatched, ambiguous, ambiguities, false);
        }
    }
}
