package com.nexuscrm.ui.leads;

import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.domain.EnrichedField;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadEnrichment;
import com.nexuscrm.ui.common.TaskExecutor;
import java.util.List;
import java.util.UUID;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * The lead form's marks on enriched fields: field name to a one-line label ("Enriched · 25 Nov 2026")
 * and its tooltip ("From company directory (companies.csv), 25 Nov 2026; matched by email domain
 * acme.com. ..."). A field someone has changed since is not marked.
 */
public final class EnrichmentNotes {
    /** One mark: a one-line label under the field, and the full provenance for its tooltip. */
    public record Note(String label, String detail) { }


    private final LeadEnrichment enrichment;
    private final TaskExecutor tasks;
    private final Formats formats;
    private final ObservableMap<String, Note> notes = FXCollections.observableHashMap();
    private UUID showing;

    public EnrichmentNotes(LeadEnrichment enrichment, TaskExecutor tasks, Formats formats) {
        this.enrichment = enrichment;
        this.tasks = tasks;
        this.formats = formats;
    }

    /** Reads the lead's provenance in the background; the marks of another lead go at once. */
    void show(Lead lead) {
        notes.clear();
        UUID id = lead.getId();
        showing = id;
        tasks.run("Reading enrichment", p -> enrichment.provenance(id), fields -> {
            if (id.equals(showing)) {
                put(lead, fields);
            }
        }, e -> notes.clear()); // the marks are a hint; the form itself reports a store that cannot be read
    }

    /** No marks: for a lead that is not saved yet. */
    void clear() {
        showing = null;
        notes.clear();
    }

    private void put(Lead lead, List<EnrichedField> fields) {
        for (EnrichedField field : fields) {
            if (field.stillHolds(lead)) {
                notes.put(field.field(), note(field));
            }
        }
    }

    Note note(EnrichedField field) {
        String day = formats.day(field.enrichedAt());
        return new Note("Enriched · " + day, "From company directory (" + field.source() + "), " + day
                + "; matched by " + field.matchedBy() + ". Edit the field to replace it.");
    }

    /** Field name to its mark. */
    public ObservableMap<String, Note> notes() { return notes; }
}
