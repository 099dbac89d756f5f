package com.nexuscrm.ui.common;

import javafx.scene.Parent;

/** Loads an FXML view from {@code /fxml/NAME.fxml} with controllers built by the app context. */
public interface ViewLoader {
    Parent load(String name);

    /** Loads a view for a given argument (for example the section a generic view describes). */
    Parent load(String name, Object argument);
}
