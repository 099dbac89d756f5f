package com.nexuscrm.storage;

import com.nexuscrm.domain.EnrichedField;
import com.nexuscrm.domain.EnrichmentRepository;
import com.nexuscrm.domain.FieldError;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.RecordRules;
import com.nexuscrm.domain.ValidationException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.Session;

/**
 * Enrichment's leads on Hibernate. Filled values are changes to managed leads, so change capture queues
 * them for sync like any edit; the provenance rows are written on the session's own connection, so they
 * commit or roll back with the leads.
 */
public final class StoredEnrichments implements EnrichmentRepository {
    private static final int CHUNK = 500;
    private static final String EMPTY_FIELDS = "select l.id from Lead l where l.deleted = false and ("
            + "l.company is null or trim(l.company) = '' or l.domain is null or trim(l.domain) = ''"
            + " or l.industry is null or trim(l.industry) = '' or l.employees is null or l.annualRevenue is null"
            + " or l.country is null or trim(l.country) = '' or l.technologies is null or trim(l.technologies) = '')"
            + " order by l.id";

    private final WorkspaceStore store;

    public StoredEnrichments(WorkspaceStore store) {
        this.store = store;
    }

    @Override
    public List<UUID> leadsWithEmptyFields() {
        return store.inTransaction(s -> s.createSelectionQuery(EMPTY_FIELDS, UUID.class).getResultList());
    }

    @Override
    public void enrich(Collection<UUID> leadIds, Function<Lead, List<EnrichedField>> enrich, Progress progress) {
        List<UUID> ids = List.copyOf(leadIds);
        store.inTransaction(s -> {
            for (int from = 0; from < ids.size(); from += CHUNK) {
                progress.checkCancelled();
                enrichChunk(s, ids.subList(from, Math.min(ids.size(), from + CHUNK)), enrich);
                int done = Math.min(ids.size(), from + CHUNK);
                progress.update(done, ids.size(), String.format("Enriched %,d of %,d leads", done, ids.size()));
            }
            progress.checkCancelled();
            return null;
        });
    }

    private static void enrichChunk(Session s, List<UUID> ids, Function<Lead, List<EnrichedField>> enrich) {
        List<EnrichedField> provenance = new ArrayList<>();
        for (Lead lead : s.byMultipleIds(Lead.class).multiLoad(ids)) {
            if (lead == null || lead.isDeleted()) {
                continue;
            }
            List<EnrichedField> filled = enrich.apply(lead);
            if (!filled.isEmpty()) {
                requireValid(lead);
                provenance.addAll(filled);
            }
        }
        s.flush();
        s.doWork(c -> record(c, provenance));
        s.clear();
    }

    /** Only a lead that was already invalid can fail here: the directory's values are checked on import. */
    private static void requireValid(Lead lead) {
        List<FieldError> errors = RecordRules.check(lead);
        if (!errors.isEmpty()) {
            String name = (lead.getFirstName() == null ? "" : lead.getFirstName() + " ") + lead.getLastName();
            throw new ValidationException(List.of(new FieldError("lead " + name.strip() + " (" + lead.getId() + ")",
                    "breaks its rules (" + new ValidationException(errors).getMessage() + "). Fix it in the lead"
                    + " form, then enrich again; no lead was changed")));
        }
    }

    /**
     * Records provenance of values that were filled elsewhere (the sample generator writes its leads already
     * enriched), in one JDBC transaction.
     */
    public void recordProvenance(List<EnrichedField> fields) {
        store.inJdbcTransaction(c -> {
            for (int from = 0; from < fields.size(); from += CHUNK * 4) {
                record(c, fields.subList(from, Math.min(fields.size(), from + CHUNK * 4)));
            }
        });
    }

    /** Writes provenance rows, replacing an older fill of the same lead field. */
    static void record(Connection c, List<EnrichedField> fields) throws SQLException {
        if (fields.isEmpty()) {
            return;
        }
        try (PreparedStatement merge = c.prepareStatement("merge into lead_enrichment"
                + " (lead_id, field, field_value, source, matched_by, enriched_at) key (lead_id, field)"
                + " values (?, ?, ?, ?, ?, ?)")) {
            for (EnrichedField f : fields) {
                merge.setObject(1, f.leadId());
                merge.setString(2, f.field());
                merge.setString(3, f.value());
                merge.setString(4, f.source());
                merge.setString(5, f.matchedBy());
                merge.setObject(6, f.enrichedAt().atOffset(ZoneOffset.UTC));
                merge.addBatch();
            }
            merge.executeBatch();
        }
    }

    @Override
    public List<EnrichedField> provenance(UUID leadId) {
        return store.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement("select field, field_value, source, enriched_at, matched_by"
                    + " from lead_enrichment where lead_id = ? order by field")) {
                q.setObject(1, leadId);
                List<EnrichedField> fields = new ArrayList<>();
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        fields.add(new EnrichedField(leadId, rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5)));
                    }
                }
                return fields;
            }
        });
    }
}
