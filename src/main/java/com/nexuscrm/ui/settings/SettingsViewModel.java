package com.nexuscrm.ui.settings;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** Appearance and workspace facts. */
public final class SettingsViewModel {
    private final BooleanProperty dark = new SimpleBooleanProperty();
    private final String workspace;
    private final String user;

    public SettingsViewModel(ThemeSetting theme, String workspace, String user) {
        this.workspace = workspace;
        this.user = user;
        dark.set(theme.isDark());
        dark.addListener((o, a, value) -> theme.setDark(value));
    }

    public BooleanProperty darkProperty() { return dark; }
    public String workspace() { return workspace; }
    public String user() { return user; }
}
