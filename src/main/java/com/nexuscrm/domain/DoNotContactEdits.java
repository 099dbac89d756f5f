package com.nexuscrm.domain;

/**
 * The "Do not contact" flag when a form saves a lead or contact it loaded earlier (issue 17, compliance). The flag is
 * also set in the background (an email unsubscribe, an SMS STOP, a consent import, a sync), so the form must not write
 * back the value it loaded: when the user left the box as it was loaded, the stored value stays; when they changed
 * it, their choice is written.
 */
public final class DoNotContactEdits {
    private DoNotContactEdits() { }

    /** The flag to store: {@code edited} when it differs from {@code loaded} (the user's change), else {@code stored}. */
    public static boolean onSave(boolean loaded, boolean edited, boolean stored) {
        return edited != loaded ? edited : stored;
    }
}
