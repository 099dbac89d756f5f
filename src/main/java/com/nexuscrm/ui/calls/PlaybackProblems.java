package com.nexuscrm.ui.calls;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What to tell the user when JavaFX's media player cannot open or play a recording. Its own messages ("Could not
 * create player!", "MEDIA_UNSUPPORTED : ...") are kept for the log; the user reads which file and what to do.
 */
final class PlaybackProblems {
    private static final Logger LOG = LoggerFactory.getLogger(PlaybackProblems.class);

    private PlaybackProblems() { }

    /** The player could not be created for {@code file}. */
    static String cannotOpen(String file, String technical) {
        LOG.info("JavaFX media could not open {}: {}", file, technical);
        return file + " cannot be played on this computer: the window's audio player is not available here (on Linux"
                + " it needs GStreamer and the FFmpeg libraries, e.g. sudo apt-get install ffmpeg). The transcript,"
                + " search and analysis still work.";
    }

    /** Playback of {@code file} stopped with an error. */
    static String stopped(String file, String technical) {
        LOG.info("JavaFX media stopped playing {}: {}", file, technical);
        String lower = String.valueOf(technical).toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("unsupported") || lower.contains("format")) {
            return file + " cannot be played here: the audio player does not support its format. Convert it to WAV or"
                    + " MP3 to listen; the transcript and analysis still work.";
        }
        return file + " stopped playing: the audio player could not read it further. Select the call again to retry;"
                + " the transcript and analysis still work.";
    }
}
