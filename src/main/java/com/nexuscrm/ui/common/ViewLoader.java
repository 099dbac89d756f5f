package com.nexuscrm.ui.common;

import javafx.scene.Parent;

/** Loads a {@link Screen}'s FXML view with controllers built by the app context. */
public interface ViewLoader {
    /** Loads a view for its argument (for example the section a generic view describes). */
    <A> Parent load(Screen<A> screen, A argument);

    default Parent load(Screen<Void> screen) {
        return load(screen, null);
    }
}
