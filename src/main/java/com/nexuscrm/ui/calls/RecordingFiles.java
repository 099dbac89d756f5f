package com.nexuscrm.ui.calls;

import com.nexuscrm.conversation.CallJobs;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Where call recordings come from: a file chooser, or audio files dropped on a node. */
final class RecordingFiles {
    private RecordingFiles() {
    }

    /** The recordings the user picks; empty when the chooser is cancelled. */
    static List<Path> choose(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Attach call recording");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Audio",
                CallJobs.AUDIO_EXTENSIONS.stream().sorted().map(e -> "*." + e).toList()));
        List<File> chosen = chooser.showOpenMultipleDialog(owner);
        return chosen == null ? List.of() : chosen.stream().map(File::toPath).toList();
    }

    /** Accepts drags that carry audio files and hands the dropped ones (possibly none) to {@code attach}. */
    static void acceptDrops(Node target, Consumer<List<Path>> attach) {
        target.setOnDragOver(RecordingFiles::onDragOver);
        target.setOnDragDropped(e -> {
            List<Path> files = audioFiles(e);
            e.setDropCompleted(!files.isEmpty());
            e.consume();
            attach.accept(files);
        });
    }

    private static void onDragOver(DragEvent e) {
        if (!audioFiles(e).isEmpty()) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private static List<Path> audioFiles(DragEvent e) {
        if (!e.getDragboard().hasFiles()) {
            return List.of();
        }
        return e.getDragboard().getFiles().stream().map(File::toPath).filter(p -> {
            String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
            return CallJobs.AUDIO_EXTENSIONS.contains(name.substring(name.lastIndexOf('.') + 1));
        }).toList();
    }
}
