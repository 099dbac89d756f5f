package com.nexuscrm.app.adapters;

import com.nexuscrm.conversation.MeetingTranscript;
import com.nexuscrm.storage.WorkspaceMeta;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Which side each meeting speaker was on, by name, so the next transcript with the same people needs no choosing.
 * One meta entry per name, keyed by a hash of the lowercased name (meta keys are short; names are not).
 */
public final class SpeakerRoleMemory {
    private static final String PREFIX = "calls.speaker.";
    private final WorkspaceMeta meta;

    public SpeakerRoleMemory(WorkspaceMeta meta) {
        this.meta = meta;
    }

    /** Lowercased names of {@code speakers} that were seen before, mapped to true for the rep. */
    public Map<String, Boolean> roles(List<String> speakers) {
        Map<String, Boolean> out = new HashMap<>();
        for (String s : speakers) {
            meta.get(key(s)).ifPresent(v -> out.put(MeetingTranscript.key(s), "rep".equals(v)));
        }
        return out;
    }

    public void remember(List<String> speakers, String rep) {
        for (String s : speakers) {
            meta.put(key(s), MeetingTranscript.key(s).equals(MeetingTranscript.key(rep)) ? "rep" : "customer");
        }
    }

    private static String key(String speaker) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(MeetingTranscript.key(speaker).getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(hash, 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
