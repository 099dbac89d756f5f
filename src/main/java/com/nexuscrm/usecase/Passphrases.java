package com.nexuscrm.usecase;

import java.io.Console;
import java.util.Optional;

/** Where commands get secrets: an environment variable, else a console prompt. */
public final class Passphrases {
    public static final String ENV = "NEXUS_PASSPHRASE";

    private Passphrases() { }

    public static Optional<char[]> fromEnvironment() {
        String value = System.getenv(ENV);
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value.toCharArray());
    }

    /** For the CLI: the workspace passphrase from NEXUS_PASSPHRASE, or a prompt when a console is attached. */
    public static char[] forCommand() {
        return secret(ENV, "Workspace passphrase: ");
    }

    /** A secret from the environment variable, else asked on the console; a clear error without either. */
    public static char[] secret(String envName, String prompt) {
        String value = System.getenv(envName);
        if (value != null && !value.isEmpty()) {
            return value.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new IllegalArgumentException("No secret given: set " + envName + " (no console to ask on).");
        }
        return console.readPassword(prompt);
    }
}
