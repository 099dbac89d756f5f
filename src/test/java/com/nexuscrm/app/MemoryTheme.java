package com.nexuscrm.app;

import com.nexuscrm.ui.settings.ThemeSetting;

/** Theme choice kept in memory so tests never touch the user's preferences. */
final class MemoryTheme implements ThemeSetting {
    private volatile boolean dark;

    @Override
    public boolean isDark() { return dark; }

    @Override
    public void setDark(boolean dark) { this.dark = dark; }
}
