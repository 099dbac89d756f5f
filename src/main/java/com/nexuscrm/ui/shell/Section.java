package com.nexuscrm.ui.shell;

import com.nexuscrm.ui.common.Screen;
/** The sidebar's destinations, each with the screen it shows (built for the section it stands for). */
public enum Section {
    TODAY("Today", "TodayView"),
    LEADS("Leads", "LeadsView"),
    DEALS("Deals", "DealsView"),
    FORECAST("Forecast", "ForecastView"),
    CALLS("Calls", "CallsView"),
    CAMPAIGNS("Campaigns", "CampaignsView"),
    CUSTOMERS("Customers", "CustomersView"),
    TEAM("Team", "TeamView"),
    SYNC("Sync inbox", "SyncInboxView"),
    SETTINGS("Settings", "SettingsView");

    private final String label;
    private final Screen<Section> screen;

    Section(String label, String view) {
        this.label = label;
        this.screen = Screen.of(view, Section.class);
    }

    public String label() { return label; }

    public Screen<Section> screen() { return screen; }
}
