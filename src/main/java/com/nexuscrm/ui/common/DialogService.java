package com.nexuscrm.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** How ViewModels talk to the user without touching nodes or stages. */
public interface DialogService {
    void showError(String title, String message);

    void showInfo(String title, String message);

    boolean confirm(String title, String message);

    /**
     * Asks the user to pick one of {@code choices} (button labels; the first is the default); empty when the question
     * is closed without an answer.
     */
    Optional<String> choose(String title, String message, List<String> choices);

    /** Asks for a line of text; empty when the user cancels. */
    Optional<String> ask(String title, String prompt, String initial);

    /** Asks for an existing file to open, offering CSV files first; empty when the user cancels. */
    Optional<Path> chooseCsvFile(String title);
}
