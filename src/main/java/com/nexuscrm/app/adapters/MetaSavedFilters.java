package com.nexuscrm.app.adapters;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nexuscrm.domain.LeadStatus;
import com.nexuscrm.storage.WorkspaceMeta;
import com.nexuscrm.ui.leads.LeadCriteria;
import com.nexuscrm.ui.leads.OwnerChoice;
import com.nexuscrm.ui.leads.SavedFilter;
import com.nexuscrm.ui.leads.SavedFilterStore;
import java.util.List;
import java.util.UUID;

/** Saved inbox views as JSON in the workspace's metadata table. */
public final class MetaSavedFilters implements SavedFilterStore {
    private static final String KEY = "inbox.saved_views";

    /** The stored form of one view. */
    record Stored(String name, String search, LeadStatus status, String source, OwnerChoice.Kind ownerKind,
                  UUID ownerId, String ownerLabel, boolean openOnly) { }

    private final WorkspaceMeta meta;
    private final ObjectMapper json;

    public MetaSavedFilters(WorkspaceMeta meta, ObjectMapper json) {
        this.meta = meta;
        this.json = json;
    }

    @Override
    public List<SavedFilter> load() {
        return meta.get(KEY).map(text -> {
            try {
                return json.readValue(text, new TypeReference<List<Stored>>() { }).stream().map(s -> new SavedFilter(s.name(),
                        new LeadCriteria(s.search(), s.status(), s.source(),
                                new OwnerChoice(s.ownerKind(), s.ownerId(), s.ownerLabel()), s.openOnly()))).toList();
            } catch (JsonProcessingException e) {
                return List.<SavedFilter>of(); // unreadable views are dropped rather than blocking the inbox
            }
        }).orElse(List.of());
    }

    @Override
    public void save(List<SavedFilter> filters) {
        List<Stored> stored = filters.stream().map(f -> {
            LeadCriteria c = f.criteria();
            return new Stored(f.name(), c.search(), c.status(), c.source(), c.owner().kind(), c.owner().userId(),
                    c.owner().label(), c.openOnly());
        }).toList();
        try {
            meta.put(KEY, json.writeValueAsString(stored));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store saved views", e);
        }
    }
}
