package com.nexuscrm.app.adapters;

import com.nexuscrm.domain.ContactRow;
import com.nexuscrm.domain.LeadRow;
import com.nexuscrm.domain.campaign.AudienceFilters;
import com.nexuscrm.ui.customers.CustomerList;
import com.nexuscrm.ui.customers.SavedView;
import com.nexuscrm.ui.customers.SavedViewStore;
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
 * the inbox applies it ({@code LeadCriteria.predicate}, "me" being the signed-in user), or as the contacts list's
 * saved view ("All contacts", "My contacts" or the rep's own: owner, account, search over name, email, phone, title
 * and account), applied as the list applies it ({@code CustomerCriteria.matchesContact}).
 */
public final class SavedFilterAudiences implements AudienceFilters {
    static final String CONTACTS = "contacts";

    private final SavedFilterStore store;
    private final SavedViewStore contactViews;
    private final Supplier<UUID> me;

    public SavedFilterAudiences(SavedFilterStore store, SavedViewStore contactViews, Supplier<UUID> me) {
        this.store = store;
        this.contactViews = contactViews;
        this.me = me;
    }

    /** Both lists' saved filters and views as the workspace's metadata keeps them. */
    public static SavedFilterAudiences over(com.nexuscrm.storage.WorkspaceMeta meta, Supplier<UUID> me) {
        var json = com.nexuscrm.json.Json.mapper();
        return new SavedFilterAudiences(new MetaSavedFilters(meta, json), new MetaCustomerViews(meta, json), me);
    }

    /** Leads' saved filters only (no contacts audience). */
    public SavedFilterAudiences(SavedFilterStore store, Supplier<UUID> me) {
        this(store, null, me);
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

    @Override
    public Optional<Predicate<ContactRow>> findContacts(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return contactViews().stream().filter(v -> v.name().equalsIgnoreCase(name.strip())).findFirst().map(v -> {
            UUID user = me.get();
            return row -> v.criteria().matchesContact(row, user);
        });
    }

    @Override
    public List<String> contactNames() {
        return contactViews().stream().map(SavedView::name).toList();
    }

    private List<SavedView> contactViews() {
        if (contactViews == null) {
            return List.of();
        }
        List<SavedView> all = new ArrayList<>(CustomerList.builtInViews(CONTACTS));
        all.addAll(contactViews.load(CONTACTS));
        return all;
    }

    private List<SavedFilter> all() {
        List<SavedFilter> all = new ArrayList<>(SavedFilter.BUILT_IN);
        all.addAll(store.load());
        return all;
    }
}
