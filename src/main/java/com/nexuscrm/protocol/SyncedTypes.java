package com.nexuscrm.protocol;

import java.util.Set;

/** The record types that travel through push and pull, by their wire names. */
public final class SyncedTypes {
    public static final Set<String> NAMES = Set.of("Team", "User", "Account", "Contact", "Lead", "Deal", "Activity",
            "CallRecording", "Campaign", "CampaignStep", "Enrollment", "Touch", "SupportTicket", "ProductUsage",
            "Document", "TeamSetting", "DealContact", "DealLineItem", "DealChange");
    /** Managed on the server only (accounts and teams); clients receive them but cannot push them. */
    public static final Set<String> SERVER_OWNED = Set.of("Team", "User");
    /** Shared team settings: only an admin or a manager of the record's team may push them; reps read them. */
    public static final Set<String> TEAM_MANAGED = Set.of("TeamSetting");
    /**
     * Fields whose concurrent edits are never merged automatically: they open a conflict. A lead's conversion
     * fields are among them, so the same lead converted on two workstations is a conflict in the Sync inbox.
     */
    public static final Set<String> HIGH_STAKES = Set.of("amount", "stage", "closeDate", "ownerId",
            "convertedAt", "convertedAccountId", "convertedDealId");
    public static final int MAX_BATCH = 500;

    private SyncedTypes() { }
}
