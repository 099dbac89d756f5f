package com.nexuscrm.app.adapters;

import com.nexuscrm.domain.LeadRow;
import com.nexuscrm.domain.campaign.AudienceFilters;
import com.nexuscrm.ui.leads.LeadItem;
import com.nexuscrm.ui.leads.SavedFilter;
import com.nexuscrm.ui.leads.SavedFilterStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A campaign audience as the leads list's saved filter of that name (built-in or the rep's own), applied exactly as
 * the inbox applies it ({@code LeadCriteria.predicate}, "me" being the signed-in user).
 */
public final class SavedFilterAudiences implements AudienceFilters {
    private final SavedFilterStore store;
    private final Supplier<UUID> me;

    public SavedFilterAudiences(SavedFilterStore store, Supplier<UUID> me) {
        this.store = store;
        this.me = me;
    }

    @Override
    public Optional<Predicate<LeadRow>> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return all().stream().filter(f -> f.name().equalsIgnoreCase(name.strip())).findFirst().map(f -> {
            Predicate<LeadItem> inbox = f.criteria().predicate(me.get());
            return row -> inbox.test(LeadItem.of(row));
        });
    }

    @Override
    public List<String> names() {
        return all().stream().map(SavedFilter::name).toList();
    }

    private List<SavedFilter> all() {
        List<SavedFilter> all = new ArrayList<>(SavedFilter.BUILT_IN);
        all.addAll(store.load());
        return all;
    }
}
