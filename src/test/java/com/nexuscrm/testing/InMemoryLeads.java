package com.nexuscrm.testing;

import com.nexuscrm.domain.EnrichedField;
import com.nexuscrm.domain.EnrichmentRepository;
import com.nexuscrm.domain.FieldError;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadCounts;
import com.nexuscrm.domain.LeadEnricher;
import com.nexuscrm.domain.LeadRepository;
import com.nexuscrm.domain.LeadRow;
import com.nexuscrm.domain.LeadStatus;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.RecordRules;
import com.nexuscrm.domain.ValidationException;
import com.nexuscrm.domain.routing.FirstResponse;
import com.nexuscrm.domain.routing.RoutedLeadEdits;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Leads in memory, for ViewModel tests: a {@link LeadRepository} that behaves like storage's {@code StoredLeads}
 * (see {@link InMemoryRecords} for what every record repository does): {@code save} checks {@link RecordRules}
 * and keeps routing a stale form did not know of ({@link RoutedLeadEdits}); bulk assign and status changes
 * are all or nothing and stamp first responses; inbox rows are the live leads. Annual revenue is kept at the
 * column's two decimals, as {@code numeric(19,2)} does. {@link #enrichments()} is the
 * {@link EnrichmentRepository} over the same leads, as {@code StoredEnrichments} is over the same store.
 */
public final class InMemoryLeads extends InMemoryRecords<Lead> implements LeadRepository {
    private static final int ENRICH_CHUNK = 500;

    private final Clock clock;
    /** Lead id → field → the latest fill of that field. */
    private final Map<UUID, Map<String, EnrichedField>> provenance = new HashMap<>();
    private final EnrichmentRepository enrichments = new Enrichments();

    public InMemoryLeads() {
        this(Clock.systemUTC());
    }

    /** @param clock the "now" of first responses and conversions (the store uses the system clock) */
    public InMemoryLeads(Clock clock) {
        super(InMemoryLeads::asStored);
        this.clock = clock;
    }

    private static Lead asStored(Lead lead) {
        BigDecimal revenue = lead.getAnnualRevenue();
        lead.setAnnualRevenue(revenue == null ? null : revenue.setScale(2, RoundingMode.HALF_UP));
        return lead;
    }

    /** Saves like any record, keeping routing a stale form did not know of ({@link RoutedLeadEdits}). */
    @Override
    public synchronized Lead save(Lead lead) {
        RecordRules.require(lead);
        Lead before = rows.get(lead.getId());
        if (before == null) {
            rows.put(lead.getId(), stored(lead));
            return lead;
        }
        RoutedLeadEdits.onSave(before, lead, clock.instant());
        rows.put(lead.getId(), stored(lead));
        return copy(rows.get(lead.getId()));
    }

    @Override
    public synchronized List<LeadRow> inboxRows() {
        return rows.values().stream().filter(l -> !l.isDeleted()).map(InMemoryLeads::row).toList();
    }

    @Override
    public synchronized LeadRow row(UUID id) {
        Lead lead = rows.get(id);
        if (lead == null) {
            throw new NoSuchElementException("No lead " + id);
        }
        return row(lead);
    }

    private static LeadRow row(Lead l) {
        return new LeadRow(l.getId(), l.getFirstName(), l.getLastName(), l.getEmail(), l.getCompany(), l.getTitle(),
                l.getCountry(), l.getIndustry(), l.getEmployees(), l.getSource(), l.getStatus(), l.getOwnerId(),
                l.getScore(), l.getCreatedAt(), l.getLastActivityAt(), l.getPreviousScore(), l.getPriority(),
                l.getSlaDueAt(), l.getFirstResponseAt(), l.getRoutedAt());
    }

    @Override
    public synchronized LeadCounts counts(UUID ownerId) {
        long mine = 0;
        long mineNew = 0;
        long unassigned = 0;
        long open = 0;
        for (Lead l : rows.values()) {
            if (l.isDeleted()) {
                continue;
            }
            boolean isOpen = l.getStatus() != LeadStatus.CONVERTED && l.getStatus() != LeadStatus.DISQUALIFIED;
            boolean isMine = Objects.equals(l.getOwnerId(), ownerId) && ownerId != null;
            mine += isMine && isOpen ? 1 : 0;
            mineNew += isMine && l.getStatus() == LeadStatus.NEW ? 1 : 0;
            unassigned += l.getOwnerId() == null && isOpen ? 1 : 0;
            open += isOpen ? 1 : 0;
        }
        return new LeadCounts(mine, mineNew, unassigned, open);
    }

    @Override
    public synchronized List<LeadRow> newestUnworked(UUID ownerId, int limit) {
        return rows.values().stream().filter(l -> !l.isDeleted() && ownerId != null && ownerId.equals(l.getOwnerId())
                        && l.getStatus() == LeadStatus.NEW)
                .sorted(Comparator.comparing(Lead::getCreatedAt, Comparator.nullsFirst(Comparator.naturalOrder())).reversed())
                .limit(limit).map(InMemoryLeads::row).toList();
    }

    @Override
    public synchronized List<LeadRow> callFirst(UUID ownerId, int limit) {
        return rows.values().stream().filter(l -> !l.isDeleted() && ownerId != null && ownerId.equals(l.getOwnerId())
                        && l.getStatus() == LeadStatus.NEW && l.getFirstResponseAt() == null)
                .sorted(Comparator.comparing(Lead::getScore, Comparator.nullsLast(Comparator.<Integer>reverseOrder()))
                        .thenComparing(Lead::getCreatedAt, Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
                        .thenComparing(Lead::getId))
                .limit(limit).map(InMemoryLeads::row).toList();
    }

    @Override
    public void assign(Collection<UUID> leadIds, UUID ownerId) {
        update(leadIds, lead -> lead.setOwnerId(ownerId));
    }

    @Override
    public void changeStatus(Collection<UUID> leadIds, LeadStatus status) {
        update(leadIds, lead -> {
            LeadStatus before = lead.getStatus();
            lead.setStatus(status);
            FirstResponse.stamp(before, lead, clock.instant());
            if (status == LeadStatus.CONVERTED && lead.getConvertedAt() == null) {
                lead.setConvertedAt(clock.instant());
            }
        });
    }

    /** Changes copies of the live leads and stores them only when every one is valid: one transaction. */
    private synchronized void update(Collection<UUID> leadIds, Consumer<Lead> change) {
        Map<UUID, Lead> changed = new LinkedHashMap<>();
        for (UUID id : leadIds) {
            Lead stored = rows.get(id);
            if (stored != null && !stored.isDeleted()) {
                Lead lead = copy(stored);
                change.accept(lead);
                RecordRules.require(lead);
                changed.put(id, lead);
            }
        }
        changed.values().forEach(l -> rows.put(l.getId(), stored(l)));
    }

    /** Enrichment's view of these leads, with the provenance of what it filled. */
    public EnrichmentRepository enrichments() {
        return enrichments;
    }

    private final class Enrichments implements EnrichmentRepository {
        @Override
        public List<UUID> leadsWithEmptyFields() {
            synchronized (InMemoryLeads.this) {
                return rows.values().stream().filter(l -> !l.isDeleted() && LeadEnricher.hasEmptyField(l))
                        .map(Lead::getId).toList();
            }
        }

        /** Like the store's: chunks of 500 with progress, cancel checks, and nothing kept unless all succeeds. */
        @Override
        public void enrich(Collection<UUID> leadIds, Function<Lead, List<EnrichedField>> enrich, Progress progress) {
            synchronized (InMemoryLeads.this) {
                List<UUID> ids = List.copyOf(leadIds);
                Map<UUID, Lead> changed = new LinkedHashMap<>();
                List<EnrichedField> filled = new ArrayList<>();
                for (int from = 0; from < ids.size(); from += ENRICH_CHUNK) {
                    progress.checkCancelled();
                    for (UUID id : ids.subList(from, Math.min(ids.size(), from + ENRICH_CHUNK))) {
                        Lead stored = changed.containsKey(id) ? changed.get(id) : rows.get(id);
                        if (stored == null || stored.isDeleted()) {
                            continue;
                        }
                        Lead lead = copy(stored);
                        List<EnrichedField> fields = enrich.apply(lead);
                        if (!fields.isEmpty()) {
                            requireValid(lead);
                            filled.addAll(fields);
                        }
                        changed.put(id, lead);
                    }
                    int done = Math.min(ids.size(), from + ENRICH_CHUNK);
                    progress.update(done, ids.size(), String.format("Enriched %,d of %,d leads", done, ids.size()));
                }
                progress.checkCancelled();
                changed.values().forEach(l -> rows.put(l.getId(), stored(l)));
                filled.forEach(f -> provenance.computeIfAbsent(f.leadId(), id -> new TreeMap<>()).put(f.field(), f));
            }
        }

        /** The store's message for a lead that was already invalid. */
        private static void requireValid(Lead lead) {
            List<FieldError> errors = RecordRules.check(lead);
            if (!errors.isEmpty()) {
                String name = (lead.getFirstName() == null ? "" : lead.getFirstName() + " ") + lead.getLastName();
                throw new ValidationException(List.of(new FieldError("lead " + name.strip() + " (" + lead.getId() + ")",
                        "breaks its rules (" + new ValidationException(errors).getMessage() + "). Fix it in the lead"
                        + " form, then enrich again; no lead was changed")));
            }
        }

        @Override
        public List<EnrichedField> provenance(UUID leadId) {
            synchronized (InMemoryLeads.this) {
                return List.copyOf(provenance.getOrDefault(leadId, Map.of()).values());
            }
        }
    }
}
