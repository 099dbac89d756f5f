package com.nexuscrm.app.adapters;

import com.nexuscrm.conversation.AnalysisSettings;
import com.nexuscrm.domain.call.RepChannel;
import com.nexuscrm.domain.call.TranscriptionOptions;
import com.nexuscrm.speech.SpeechModels;
import com.nexuscrm.storage.WorkspaceMeta;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Settings → Calls, kept in the workspace: the Vosk model folder (the built-in English model unless the
 * user chose a bigger one) and which stereo channel carries the rep.
 */
public record SpeechSettings(Path modelFolder, boolean builtInModel, RepChannel repChannel) {
    static final String MODEL = "speech.model";
    static final String REP_CHANNEL = "speech.rep_channel";
    static final String COMPETITORS = "calls.competitors";
    static final String TRACKERS = "calls.trackers";

    public static SpeechSettings of(WorkspaceMeta meta) {
        Path chosen = meta.get(MODEL).filter(s -> !s.isBlank()).map(Path::of).orElse(null);
        RepChannel rep = meta.get(REP_CHANNEL).map(RepChannel::valueOf).orElse(RepChannel.LEFT);
        return new SpeechSettings(chosen == null ? SpeechModels.defaultModel() : chosen, chosen == null, rep);
    }

    public TranscriptionOptions options() {
        return new TranscriptionOptions(modelFolder, repChannel, Runtime.getRuntime().availableProcessors());
    }

    /** Stores the choice; a null model folder goes back to the built-in model. */
    static void save(WorkspaceMeta meta, Path modelFolder, RepChannel repChannel) {
        meta.put(MODEL, modelFolder == null ? "" : modelFolder.toAbsolutePath().toString());
        meta.put(REP_CHANNEL, repChannel.name());
    }

    /** The competitor list and trackers of Settings → Calls, or the defaults until the user edits them. */
    public static AnalysisSettings analysis(WorkspaceMeta meta) {
        AnalysisSettings settings = AnalysisSettings.defaults();
        Optional<String> competitors = meta.get(COMPETITORS);
        if (competitors.isPresent()) {
            settings = settings.withCompetitors(competitors.get().lines().map(String::trim).filter(l -> !l.isEmpty()).toList());
        }
        Optional<String> trackers = meta.get(TRACKERS);
        if (trackers.isPresent()) {
            settings = settings.withTrackers(parseTrackers(trackers.get()));
        }
        return settings;
    }

    /** Stores the competitor list and the trackers' text (check it with {@link #parseTrackers} first). */
    static void saveAnalysis(WorkspaceMeta meta, List<String> competitors, String trackersText) {
        meta.put(COMPETITORS, String.join("\n", competitors));
        meta.put(TRACKERS, trackersText);
    }

    /** Trackers as the user writes them: one per line, {@code Name: phrase; phrase; ...}. */
    static Map<String, List<String>> parseTrackers(String text) {
        Map<String, List<String>> trackers = new LinkedHashMap<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.isEmpty()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("Trackers, line " + (i + 1) + ": write 'Name: phrase; phrase', e.g."
                        + " 'Pain: struggling with; takes too long'.");
            }
            List<String> phrases = Arrays.stream(line.substring(colon + 1).split(";")).map(String::trim)
                    .filter(p -> !p.isEmpty()).toList();
            if (phrases.isEmpty()) {
                throw new IllegalArgumentException("Trackers, line " + (i + 1) + ": '" + line.substring(0, colon).trim()
                        + "' has no phrases after the colon.");
            }
            trackers.put(line.substring(0, colon).trim(), phrases);
        }
        return trackers;
    }

    /** Trackers back as text, for the settings form. */
    static String formatTrackers(Map<String, List<String>> trackers) {
        StringBuilder out = new StringBuilder();
        trackers.forEach((name, phrases) -> out.append(name).append(": ").append(String.join("; ", phrases)).append('\n'));
        return out.toString();
    }
}
