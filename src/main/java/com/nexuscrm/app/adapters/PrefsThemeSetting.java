package com.nexuscrm.app.adapters;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.nexuscrm.ui.settings.ThemeSetting;
import java.util.prefs.Preferences;
import javafx.application.Application;

/** Light/dark theme, remembered per user with {@link Preferences} and applied once for the whole app. */
public final class PrefsThemeSetting implements ThemeSetting {
    private static final String KEY = "theme.dark";
    private final Preferences prefs = Preferences.userRoot().node("com/nexuscrm/workstation");

    @Override
    public boolean isDark() {
        return prefs.getBoolean(KEY, false);
    }

    @Override
    public void setDark(boolean dark) {
        prefs.putBoolean(KEY, dark);
        apply(dark);
    }

    public void apply() {
        apply(isDark());
    }

    public static void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }
}
