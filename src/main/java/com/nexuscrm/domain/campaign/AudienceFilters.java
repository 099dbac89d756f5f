package com.nexuscrm.domain.campaign;

import com.nexuscrm.domain.ContactRow;
import com.nexuscrm.domain.LeadRow;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The saved filters of the leads list and the saved views of the contacts list a plan's audience names (port;
 * {@code app.adapters.SavedFilterAudiences}).
 */
public interface AudienceFilters {
    /** No saved filters: the audience rule enrols nobody. */
    AudienceFilters NONE = new AudienceFilters() {
        @Override
        public Optional<Predicate<LeadRow>> find(String name) {
            return Optional.empty();
        }

        @Override
        public List<String> names() {
            return List.of();
        }
    };

    /** The leads the saved filter with this name (any case) selects; empty when there is none by that name. */
    Optional<Predicate<LeadRow>> find(String name);

    /** Every saved filter's name, for choosing an audience. */
    List<String> names();

    /** The contacts the contacts list's saved view with this name (any case) selects; empty when there is none. */
    default Optional<Predicate<ContactRow>> findContacts(String name) {
        return Optional.empty();
    }

    /** Every saved view of the contacts list (built-in first), for choosing a contacts audience. */
    default List<String> contactNames() {
        return List.of();
    }
}
