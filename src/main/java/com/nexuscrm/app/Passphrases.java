package com.nexuscrm.app;

import java.io.Console;
import java.util.Optional;

/** Where commands get the workspace passphrase: NEXUS_PASSPHRASE, else a console prompt. */
final class Passphrases {
    static final String ENV = "NEXUS_PASSPHRASE";

    private Passphrases() { }

    static Optional<char[]> fromEnvironment() {
        String value = System.getenv(ENV);
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value.toCharArray());
    }

    /** For the CLI: the environment variable, or a prompt when a console is attached. */
    static char[] forCommand() {
        Optional<char[]> env = fromEnvironment();
        if (env.isPresent()) {
            return env.get();
        }
        Console console = System.console();
        if (console == null) {
            throw new IllegalArgumentException("No passphrase: set " + ENV + " (no console to ask on).");
        }
        return console.readPassword("Workspace passphrase: ");
    }
}
