package com.nexuscrm.app.adapters;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.conversation.AnalysisSettings;
import com.nexuscrm.conversation.CallAnalyzer;
import com.nexuscrm.conversation.CallJobs;
import com.nexuscrm.conversation.EncryptedAudio;
import com.nexuscrm.conversation.RecordingVault;
import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.CallRecording;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.call.CallRow;
import com.nexuscrm.domain.call.CallStatus;
import com.nexuscrm.domain.call.TranscriptionException;
import com.nexuscrm.domain.call.TranscriptionOptions;
import com.nexuscrm.speech.WavFile;
import com.nexuscrm.storage.StoredCalls;
import com.nexuscrm.storage.WorkspaceStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Playing an encrypted recording: a decrypted copy for the player, gone when another call is shown or the screen closes. */
class WorkspaceCallPlaybackTest {
    @TempDir
    Path dir;

    @Test
    void theCallOnScreenIsDecryptedForThePlayerAndDeletedAfterwards() throws Exception {
        byte[] pcm = new byte[32_000];
        for (int i = 0; i < pcm.length; i += 2) {
            pcm[i] = (byte) (i % 200);
        }
        Path original = dir.resolve("call.wav");
        WavFile.write(original, 1, pcm);
        try (WorkspaceStore store = WorkspaceStore.create(dir.resolve("ws"), "playback test".toCharArray());
             CallJobs jobs = new CallJobs(store.repository(CallRecording.class), store.repository(Activity.class),
                     store.repository(Deal.class), new StoredCalls(store), (audio, options, progress) -> {
                         throw new TranscriptionException("not used here");
                     }, () -> TranscriptionOptions.of(dir), new CallAnalyzer(), AnalysisSettings::defaults,
                     new RecordingVault(CallJobs.recordingsFolder(store.folder()), store.recordingsKey()),
                     Clock.systemUTC(), Runnable::run)) {
            CallRow first = stored(jobs, original, "first.wav");
            CallRow second = stored(jobs, original, "second.wav");
            assertTrue(EncryptedAudio.isEncrypted(jobs.audioOf(first.recordingId(), first.fileName())));

            WorkspaceCallQueue queue = new WorkspaceCallQueue(jobs, new StoredCalls(store),
                    store.repository(CallRecording.class), store.repository(Deal.class), Ids.newId(), Clock.systemUTC());
            Path playing = queue.playableAudio(first).orElseThrow();
            assertEquals("first.wav", playing.getFileName().toString());
            assertArrayEquals(Files.readAllBytes(original), Files.readAllBytes(playing), "the player gets the audio");
            assertTrue(playing.startsWith(jobs.vault().folder().resolve(".plain")));

            Path next = queue.playableAudio(second).orElseThrow();
            assertFalse(Files.exists(playing), "showing another call deletes the previous copy");
            queue.close();
            assertFalse(Files.exists(next), "closing the screen deletes the last copy");
            assertEquals(0, Files.list(jobs.vault().folder().resolve(".plain")).count());
        }
    }

    private static CallRow stored(CallJobs jobs, Path audio, String name) throws Exception {
        UUID id = Ids.newId();
        jobs.vault().store(audio, jobs.audioOf(id, name));
        return new CallRow(id, null, name, null, null, null, null, null, name, 1, CallStatus.ANALYSED, null, false);
    }
}
