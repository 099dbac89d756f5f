package com.nexuscrm.app.adapters;

import com.nexuscrm.conversation.AnalysisSettings;
import com.nexuscrm.domain.call.RepChannel;
import com.nexuscrm.domain.call.TranscriptionException;
import com.nexuscrm.speech.VoskModel;
import com.nexuscrm.storage.WorkspaceMeta;
import com.nexuscrm.ui.settings.CallSettings;
import java.nio.file.Path;
import java.util.List;

/** Settings → Calls over the workspace's meta table ({@link SpeechSettings}). */
public final class WorkspaceCallSettings implements CallSettings {
    private final WorkspaceMeta meta;

    public WorkspaceCallSettings(WorkspaceMeta meta) {
        this.meta = meta;
    }

    @Override
    public Values load() {
        SpeechSettings speech = SpeechSettings.of(meta);
        AnalysisSettings analysis = SpeechSettings.analysis(meta);
        return new Values(speech.modelFolder(), speech.builtInModel(), speech.repChannel(), analysis.competitors(),
                SpeechSettings.formatTrackers(analysis.trackers()));
    }

    @Override
    public void save(Path modelFolder, RepChannel repChannel, List<String> competitors, String trackers) {
        if (modelFolder != null) {
            try {
                VoskModel.checkFolder(modelFolder);
            } catch (TranscriptionException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }
        SpeechSettings.parseTrackers(trackers); // throws before anything is saved
        SpeechSettings.save(meta, modelFolder, repChannel);
        SpeechSettings.saveAnalysis(meta, competitors, trackers);
    }
}
