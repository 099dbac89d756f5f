package com.nexuscrm.ui.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Collects what a ViewModel would have shown the user. */
public final class RecordingDialogs implements DialogService {
    public final List<String> errors = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();
    public final List<String> confirmations = new ArrayList<>();
    /** What {@link #confirm} answers. */
    public boolean confirmAnswer = true;
    /** What {@link #ask} answers; null means the user cancelled. */
    public String answer;
    /** What {@link #chooseCsvFile} answers; null means the user cancelled. */
    public Path chosenFile;

    @Override
    public void showError(String title, String message) { errors.add(title + ": " + message); }

    @Override
    public void showInfo(String title, String message) { infos.add(title + ": " + message); }

    @Override
    public boolean confirm(String title, String message) {
        confirmations.add(title + ": " + message);
        return confirmAnswer;
    }

    /** What {@link #choose} answers; null means the question was closed. */
    public String choice;
    public final List<String> choices = new ArrayList<>();

    @Override
    public Optional<String> choose(String title, String message, List<String> options) {
        choices.add(title + ": " + message);
        return Optional.ofNullable(choice);
    }

    @Override
    public Optional<String> ask(String title, String prompt, String initial) { return Optional.ofNullable(answer); }

    @Override
    public Optional<Path> chooseCsvFile(String title) { return Optional.ofNullable(chosenFile); }
}
