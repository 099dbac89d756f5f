package com.nexuscrm.ui.common;

/**
 * Asked before the user leaves what a screen is editing (another row, another section, closing the window): it
 * runs {@code proceed} (at once, or after saving) or {@code stay}. A screen with unsaved edits asks the user.
 */
@FunctionalInterface
public interface LeaveGuard {
    /** Nothing to lose: always proceeds at once. */
    LeaveGuard NONE = (proceed, stay) -> proceed.run();

    void leave(Runnable proceed, Runnable stay);
}
