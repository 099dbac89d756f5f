package com.nexuscrm.ui.settings;

import com.nexuscrm.domain.call.RepChannel;
import java.nio.file.Path;
import java.util.List;

/** Settings → Calls as the workspace keeps them; {@code AppContext} adapts the real store. */
public interface CallSettings {
    /**
     * @param modelFolder the Vosk model in use
     * @param builtIn     whether it is the model the build unpacked (not one the user chose)
     * @param trackers    one tracker per line, {@code Name: phrase; phrase}
     */
    record Values(Path modelFolder, boolean builtIn, RepChannel repChannel, List<String> competitors, String trackers) { }

    Values load();

    /**
     * Saves all or nothing. {@code modelFolder} null means the built-in model.
     *
     * @throws IllegalArgumentException with the user's message when the folder is not a Vosk model or a tracker
     *                                  line is malformed (it names the line)
     */
    void save(Path modelFolder, RepChannel repChannel, List<String> competitors, String trackers);
}
