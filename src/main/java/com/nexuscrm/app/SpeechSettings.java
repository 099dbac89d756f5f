package com.nexuscrm.app;

import com.nexuscrm.domain.call.RepChannel;
import com.nexuscrm.domain.call.TranscriptionOptions;
import com.nexuscrm.speech.SpeechModels;
import com.nexuscrm.storage.WorkspaceMeta;
import java.nio.file.Path;

/**
 * Settings → Calls, kept in the workspace: the Vosk model folder (the built-in English model unless the
 * user chose a bigger one) and which stereo channel carries the rep.
 */
record SpeechSettings(Path modelFolder, boolean builtInModel, RepChannel repChannel) {
    static final String MODEL = "speech.model";
    static final String REP_CHANNEL = "speech.rep_channel";

    static SpeechSettings of(WorkspaceMeta meta) {
        Path chosen = meta.get(MODEL).filter(s -> !s.isBlank()).map(Path::of).orElse(null);
        RepChannel rep = meta.get(REP_CHANNEL).map(RepChannel::valueOf).orElse(RepChannel.LEFT);
        return new SpeechSettings(chosen == null ? SpeechModels.defaultModel() : chosen, chosen == null, rep);
    }

    TranscriptionOptions options() {
        return new TranscriptionOptions(modelFolder, repChannel, Runtime.getRuntime().availableProcessors());
    }

    /** Stores the choice; a null model folder goes back to the built-in model. */
    static void save(WorkspaceMeta meta, Path modelFolder, RepChannel repChannel) {
        meta.put(MODEL, modelFolder == null ? "" : modelFolder.toAbsolutePath().toString());
        meta.put(REP_CHANNEL, repChannel.name());
    }
}
