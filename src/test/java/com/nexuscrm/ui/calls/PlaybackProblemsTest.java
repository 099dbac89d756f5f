package com.nexuscrm.ui.calls;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The audio player's own messages never reach the user; the file and what to do do. */
class PlaybackProblemsTest {
    @Test
    void couldNotCreatePlayerBecomesASentenceNamingTheFile() {
        String shown = PlaybackProblems.cannotOpen("call-17.mp3",
                "MediaException: UNKNOWN : com.sun.media.jfxmedia.MediaException: Could not create player! : ...");
        assertTrue(shown.startsWith("call-17.mp3 cannot be played on this computer"), shown);
        assertTrue(shown.contains("apt-get install"), shown);
        assertFalse(shown.contains("Could not create player"), shown);
        String stopped = PlaybackProblems.stopped("call-17.m4a", "MediaException: MEDIA_UNSUPPORTED : Unrecognized file signature!");
        assertTrue(stopped.startsWith("call-17.m4a cannot be played here"), stopped);
        assertFalse(stopped.contains("MEDIA_UNSUPPORTED"), stopped);
    }
}
