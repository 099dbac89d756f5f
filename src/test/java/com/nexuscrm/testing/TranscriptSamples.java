package com.nexuscrm.testing;

import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * The meeting transcripts in {@code src/test/resources/transcripts}: one discovery call (rep Dana Whitfield; customers
 * Marcus Lee and Priya Raman) as Zoom, Teams and Meet export it and as people write it.
 */
public final class TranscriptSamples {
    private TranscriptSamples() { }

    public static Path path(String name) {
        try {
            return Path.of(TranscriptSamples.class.getResource("/transcripts/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no sample transcript " + name, e);
        }
    }
}
