package com.nexuscrm.speech;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the built-in Vosk model is: {@code models/vosk-model-en-us}, unpacked there by the build. Looked for
 * under {@code -Dnexus.models}, beside the jar and its parent (an installed app, {@code target/}), then in
 * the working folder.
 */
public final class SpeechModels {
    public static final String DEFAULT_NAME = "vosk-model-en-us";

    private SpeechModels() { }

    public static Path defaultModel() {
        List<Path> roots = new ArrayList<>();
        String configured = System.getProperty("nexus.models");
        if (configured != null) {
            roots.add(Path.of(configured));
        }
        try {
            Path code = Path.of(SpeechModels.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path dir = Files.isDirectory(code) ? code : code.getParent();
            if (dir != null) {
                roots.add(dir.resolve("models"));
                if (dir.getParent() != null) {
                    roots.add(dir.getParent().resolve("models"));
                }
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // fall through to the working folder
        }
        roots.add(Path.of("models").toAbsolutePath());
        return roots.stream().map(r -> r.resolve(DEFAULT_NAME)).filter(Files::isDirectory).findFirst()
                .orElse(roots.get(roots.size() - 1).resolve(DEFAULT_NAME));
    }
}
