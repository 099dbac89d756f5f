package com.nexuscrm.ui.calls;

import com.nexuscrm.conversation.MeetingTranscriptReader;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Where meeting transcripts come from: a file chooser offering .vtt, .srt and .txt. */
final class TranscriptFiles {
    private TranscriptFiles() { }

    static Optional<Path> choose(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Attach meeting transcript");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Transcripts (Zoom, Teams, Meet)",
                MeetingTranscriptReader.EXTENSIONS.stream().sorted().map(e -> "*." + e).toList()),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }
}
