package com.nexuscrm.ui.deals;

import com.nexuscrm.domain.DealContact;
import com.nexuscrm.domain.DealRole;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** One person in a deal's buying group: who they are, and the role the rep gives them (editable in place). */
public final class DealBuyerRow {
    private final DealContact source;
    private final String name;
    private final String title;
    private final ObjectProperty<DealRole> role = new SimpleObjectProperty<>();

    DealBuyerRow(DealContact source, String name, String title) {
        this.source = source;
        this.name = name;
        this.title = title == null ? "" : title;
        role.set(source.getRole() == null ? DealRole.OTHER : source.getRole());
    }

    /** The stored buying-group entry with the role as now chosen, ready to save. */
    DealContact toContact() {
        source.setRole(role.get());
        return source;
    }

    public UUID contactId() { return source.getContactId(); }
    public String name() { return name; }
    public String title() { return title; }
    public ObjectProperty<DealRole> roleProperty() { return role; }
}
