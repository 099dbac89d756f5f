package com.nexuscrm.domain.campaign;

/** Who a bandit learns for: a lead source crossed with a score band. Its key is {@code SOURCE/BAND}. */
public record Segment(String source, ScoreBand band) {
    public Segment {
        if (source == null || source.isBlank() || source.contains("/")) {
            throw new IllegalArgumentException("A segment's source must be a non-empty key without '/', not '" + source + "'.");
        }
        if (band == null) {
            throw new IllegalArgumentException("A segment needs a score band.");
        }
    }

    public String key() {
        return source + "/" + band.name();
    }

    /** The segment a key names; throws {@link IllegalArgumentException} saying what is wrong. */
    public static Segment parse(String key) {
        int slash = key == null ? -1 : key.lastIndexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("'" + key + "' is not a segment key (SOURCE/BAND, e.g. WEBSITE/HIGH).");
        }
        try {
            return new Segment(key.substring(0, slash), ScoreBand.valueOf(key.substring(slash + 1)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + key + "' is not a segment key: the band must be LOW, MEDIUM or HIGH"
                    + " and the source non-empty.");
        }
    }
}
