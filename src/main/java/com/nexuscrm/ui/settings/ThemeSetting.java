package com.nexuscrm.ui.settings;

/** The remembered light/dark choice; the app applies it to the whole window. */
public interface ThemeSetting {
    boolean isDark();

    void setDark(boolean dark);
}
