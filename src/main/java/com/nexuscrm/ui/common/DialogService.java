package com.nexuscrm.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/** How ViewModels talk to the user without touching nodes or stages. */
public interface DialogService {
    void showError(String title, String message);

    void showInfo(String title, String message);

    boolean confirm(String title, String message);

    /** Asks for a line of text; empty when the user cancels. */
    Optional<String> ask(String title, String prompt, String initial);

    /** Asks for an existing file to open, offering CSV files first; empty when the user cancels. */
    Optional<Path> chooseCsvFile(String title);
}
