package com.nexuscrm.app.adapters;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nexuscrm.storage.WorkspaceMeta;
import com.nexuscrm.ui.customers.AccountChoice;
import com.nexuscrm.ui.customers.CustomerCriteria;
import com.nexuscrm.ui.customers.SavedView;
import com.nexuscrm.ui.customers.SavedViewStore;
import com.nexuscrm.ui.leads.OwnerChoice;
import java.util.List;
import java.util.UUID;

/** Saved views of the accounts and contacts lists as JSON in the workspace's metadata table, one key per list. */
public final class MetaCustomerViews implements SavedViewStore {
    /** The stored form of one view. */
    record Stored(String name, String search, String industry, String country, OwnerChoice.Kind ownerKind,
                  UUID ownerId, String ownerLabel, UUID accountId, String accountName) { }

    private final WorkspaceMeta meta;
    private final ObjectMapper json;

    public MetaCustomerViews(WorkspaceMeta meta, ObjectMapper json) {
        this.meta = meta;
        this.json = json;
    }

    private static String key(String list) {
        return "customers." + list + ".saved_views";
    }

    @Override
    public List<SavedView> load(String list) {
        return meta.get(key(list)).map(text -> {
            try {
                return json.readValue(text, new TypeReference<List<Stored>>() { }).stream().map(s -> new SavedView(s.name(),
                        new CustomerCriteria(s.search(), s.industry(), s.country(),
                                new OwnerChoice(s.ownerKind(), s.ownerId(), s.ownerLabel()),
                                s.accountId() == null ? AccountChoice.NONE : new AccountChoice(s.accountId(), s.accountName()))))
                        .toList();
            } catch (JsonProcessingException e) {
                return List.<SavedView>of(); // unreadable views are dropped rather than blocking the list
            }
        }).orElse(List.of());
    }

    @Override
    public void save(String list, List<SavedView> views) {
        List<Stored> stored = views.stream().map(v -> {
            CustomerCriteria c = v.criteria();
            return new Stored(v.name(), c.search(), c.industry(), c.country(), c.owner().kind(), c.owner().userId(),
                    c.owner().label(), c.account().id(), c.account().name());
        }).toList();
        try {
            meta.put(key(list), json.writeValueAsString(stored));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store the saved views of " + list, e);
        }
    }
}
