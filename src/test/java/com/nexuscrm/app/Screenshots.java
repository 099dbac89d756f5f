package com.nexuscrm.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Writes a PNG of a scene, for looking at what a failed UI test saw. */
final class Screenshots {
    private Screenshots() { }

    static void save(Scene scene, Path file) {
        try {
            var image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
            Files.createDirectories(file.toAbsolutePath().getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("snapshot failed", e);
        }
    }
}
