package com.nexuscrm.usecase;

import com.nexuscrm.domain.CurrencyCode;
import com.nexuscrm.domain.Picklist;
import com.nexuscrm.domain.PicklistName;
import com.nexuscrm.domain.Picklists;
import java.util.EnumMap;
import java.util.Map;

/**
 * What the forms offer from the team's settings, read once together: its picklists (lead source, industry, deal
 * stage, activity outcome) and its workspace currency. Read off the FX thread ({@link #load}) and handed to the
 * screens, which then never read the store for them. Immutable.
 */
public record TeamChoices(Map<PicklistName, Picklist> lists, String currency) {
    public TeamChoices {
        lists = Map.copyOf(lists);
    }

    /** The built-in lists and USD: what a workspace shows before its team's settings are read. */
    public static TeamChoices defaults() {
        Map<PicklistName, Picklist> lists = new EnumMap<>(PicklistName.class);
        for (PicklistName name : PicklistName.values()) {
            lists.put(name, Picklists.defaults(name));
        }
        return new TeamChoices(lists, CurrencyCode.DEFAULT);
    }

    /** Reads the team's lists and currency from the workspace (a few small reads; not on the FX thread). */
    public static TeamChoices load(Workspace workspace) {
        return new TeamChoices(TeamPicklists.of(workspace).all(), TeamCurrency.of(workspace).load());
    }

    public Picklist list(PicklistName name) {
        return lists.get(name);
    }
}
