package com.nexuscrm.domain;

import java.util.Arrays;
import java.util.Optional;

/** The lists a team owns, each stored as one team setting named {@code picklist.<id>}. */
public enum PicklistName {
    LEAD_SOURCE("leadSource", "Lead source"), INDUSTRY("industry", "Industry"), DEAL_STAGE("dealStage", "Deal stage"),
    ACTIVITY_OUTCOME("activityOutcome", "Activity outcome");

    private final String id;
    private final String label;

    PicklistName(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The team setting that holds this list. */
    public String settingName() { return "picklist." + id; }

    public String label() { return label; }

    /** The list named by a team setting, if the setting is a picklist. */
    public static Optional<PicklistName> ofSetting(String settingName) {
        return Arrays.stream(values()).filter(p -> p.settingName().equals(settingName)).findFirst();
    }
}
