package com.nexuscrm.ui.calls;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.media.Media;
import javafx.scene.media.MediaException;
import javafx.scene.media.MediaPlayer;
import javafx.util.Duration;

/**
 * Plays a call's audio with JavaFX Media: play/pause, a time slider and the current time. The time shown is
 * the view model's position, so a seek from a word or a search step moves the slider even before playing.
 */
final class CallPlayer {
    private final CallDetailViewModel model;
    private final Button play;
    private final Slider timeline;
    private final Label time;
    private MediaPlayer player;
    private boolean following;

    CallPlayer(CallDetailViewModel model, Button play, Slider timeline, Label time) {
        this.model = model;
        this.play = play;
        this.timeline = timeline;
        this.time = time;
        play.setOnAction(e -> toggle());
        model.positionProperty().addListener((o, a, now) -> follow(now.doubleValue()));
        model.seekRequestProperty().addListener((o, a, request) -> {
            if (player != null && request != null) {
                player.seek(Duration.seconds(request.seconds()));
            }
        });
        timeline.valueProperty().addListener((o, a, now) -> {
            if (!following) {
                model.jumpTo(now.doubleValue());
            }
        });
        timeline.maxProperty().addListener((o, a, max) -> follow(model.positionProperty().get()));
        follow(0);
    }

    /** Loads the recording (null: none); any previous player is released. */
    void load(Path audio, double knownSeconds) {
        dispose();
        timeline.setMax(Math.max(1, knownSeconds));
        play.setDisable(audio == null);
        play.setText("Play");
        if (audio == null) {
            return;
        }
        try {
            player = new MediaPlayer(new Media(audio.toUri().toString()));
        } catch (MediaException | UnsupportedOperationException e) {
            play.setDisable(true);
            model.playbackFailed(PlaybackProblems.cannotOpen(audio.getFileName().toString(), String.valueOf(e)));
            return;
        }
        player.setOnReady(() -> timeline.setMax(Math.max(timeline.getMax(), player.getTotalDuration().toSeconds())));
        MediaPlayer loaded = player;
        loaded.setOnError(() -> model.playbackFailed(PlaybackProblems.stopped(audio.getFileName().toString(),
                String.valueOf(loaded.getError()))));
        player.setOnEndOfMedia(() -> {
            player.pause();
            play.setText("Play");
        });
        player.currentTimeProperty().addListener((o, a, now) -> model.playerTime(now.toSeconds()));
    }

    private void toggle() {
        if (player == null) {
            return;
        }
        if (player.getStatus() == MediaPlayer.Status.PLAYING) {
            player.pause();
            play.setText("Play");
        } else {
            player.seek(Duration.seconds(model.positionProperty().get()));
            player.play();
            play.setText("Pause");
        }
    }

    private void follow(double seconds) {
        following = true;
        timeline.setValue(seconds);
        following = false;
        time.setText(CallsViewModel.duration((int) seconds) + " / " + CallsViewModel.duration((int) timeline.getMax()));
    }

    void dispose() {
        if (player != null) {
            player.dispose();
            player = null;
        }
    }
}
