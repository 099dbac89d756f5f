package com.nexuscrm.ui.shell;

/** The sidebar's destinations, each with the FXML view it shows. */
public enum Section {
    TODAY("Today", "TodayView"),
    LEADS("Leads", "LeadsView"),
    DEALS("Deals", "DealsView"),
    CALLS("Calls", "CallsView"),
    CAMPAIGNS("Campaigns", "LaterView"),
    CUSTOMERS("Customers", "LaterView"),
    TEAM("Team", "TeamView"),
    SYNC("Sync inbox", "SyncInboxView"),
    SETTINGS("Settings", "SettingsView");

    private final String label;
    private final String view;

    Section(String label, String view) {
        this.label = label;
        this.view = view;
    }

    public String label() { return label; }

    public String view() { return view; }
}
