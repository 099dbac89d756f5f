package com.nexuscrm.ui.sync;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/** A team server login as typed into a form, checked before anything is created or sent. */
public record ServerLogin(String url, String email, String password) {
    public static final String DEFAULT_URL = "http://localhost:8470";

    /** What is wrong with the input, in words the user can act on; empty when it can be sent. */
    public Optional<String> problem() {
        if (url == null || url.isBlank()) {
            return Optional.of("Enter the team server's address, for example " + DEFAULT_URL + ".");
        }
        try {
            URI uri = new URI(url.trim());
            if (!("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    || uri.getHost() == null) {
                return Optional.of("\"" + url.trim() + "\" is not a server address. Use the form " + DEFAULT_URL + ".");
            }
        } catch (URISyntaxException e) {
            return Optional.of("\"" + url.trim() + "\" is not a server address. Use the form " + DEFAULT_URL + ".");
        }
        if (email == null || !email.trim().matches("[^@\\s]+@[^@\\s]+")) {
            return Optional.of("Enter the email address you log in to the team server with.");
        }
        if (password == null || password.isEmpty()) {
            return Optional.of("Enter your team server password.");
        }
        return Optional.empty();
    }

    /** The server address; call only when {@link #problem()} is empty. */
    public URI uri() {
        return URI.create(url.trim());
    }

    public String trimmedEmail() {
        return email.trim();
    }
}
