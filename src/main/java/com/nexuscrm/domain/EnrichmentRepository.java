package com.nexuscrm.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** Where lead enrichment reads leads and writes the values it filled, with their provenance. */
public interface EnrichmentRepository {
    /** Live leads with at least one empty {@link LeadEnricher#FIELDS field}, in id order. */
    List<UUID> leadsWithEmptyFields();

    /**
     * In one transaction: loads each live lead of {@code leadIds}, lets {@code enrich} fill its empty fields
     * (it returns what it filled), validates every changed lead with {@link RecordRules} and saves it as an
     * ordinary edit (captured for sync) together with the returned provenance. All or nothing: a
     * {@link ValidationException} or a cancel through {@code progress} leaves every lead as it was.
     */
    void enrich(Collection<UUID> leadIds, Function<Lead, List<EnrichedField>> enrich, Progress progress);

    /** What enrichment filled in this lead, one entry per field, the latest fill of each. */
    List<EnrichedField> provenance(UUID leadId);
}
