package com.nexuscrm.app.adapters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.conversation.AnalysisSettings;
import com.nexuscrm.domain.call.RepChannel;
import com.nexuscrm.speech.SpeechModels;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.ui.settings.CallSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings → Calls kept in the workspace: defaults, a round trip, and bad input that saves nothing. */
class WorkspaceCallSettingsTest {
    @TempDir
    Path dir;

    @Test
    void defaultsRoundTripAndBadInput() {
        try (WorkspaceStore store = WorkspaceStore.create(dir.resolve("ws"), "call-settings".toCharArray())) {
            WorkspaceCallSettings settings = new WorkspaceCallSettings(store.meta());
            CallSettings.Values defaults = settings.load();
            assertTrue(defaults.builtIn());
            assertEquals(SpeechModels.defaultModel(), defaults.modelFolder());
            assertEquals(RepChannel.LEFT, defaults.repChannel());
            assertEquals(AnalysisSettings.defaults().competitors(), defaults.competitors());

            settings.save(null, RepChannel.RIGHT, List.of("Acme CRM", "HubSpot"), "Security: {sso|single sign on}; soc 2\n");
            CallSettings.Values saved = settings.load();
            assertEquals(RepChannel.RIGHT, saved.repChannel());
            assertEquals(List.of("Acme CRM", "HubSpot"), saved.competitors());
            assertEquals(Map.of("Security", List.of("{sso|single sign on}", "soc 2")), SpeechSettings.analysis(store.meta()).trackers());
            assertEquals(RepChannel.RIGHT, SpeechSettings.of(store.meta()).options().repChannel());

            IllegalArgumentException tracker = assertThrows(IllegalArgumentException.class,
                    () -> settings.save(null, RepChannel.LEFT, List.of("Gong"), "Pain: manual\nno colon here\n"));
            assertTrue(tracker.getMessage().startsWith("Trackers, line 2:"), tracker.getMessage());
            IllegalArgumentException model = assertThrows(IllegalArgumentException.class,
                    () -> settings.save(dir, RepChannel.LEFT, List.of("Gong"), ""));
            assertTrue(model.getMessage().contains("is not a Vosk model folder"), model.getMessage());
            assertEquals(saved, settings.load(), "a refused save changes nothing");
        }
    }
}
