package com.nexuscrm.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.conversation.MeetingTranscript.SpeakerShare;
import com.nexuscrm.conversation.MeetingTranscript.Turn;
import com.nexuscrm.domain.call.CallAnalysis;
import com.nexuscrm.domain.call.Finding;
import com.nexuscrm.domain.call.Speaker;
import com.nexuscrm.domain.call.SpokenWord;
import com.nexuscrm.domain.call.Transcript;
import com.nexuscrm.domain.call.TranscriptionException;
import com.nexuscrm.testing.TranscriptSamples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Meeting transcripts as Zoom, Teams and Meet export them, and as people write them, read into the same call; and
 * every way a file can be wrong refused with its name, its line and what to do.
 */
class MeetingTranscriptReaderTest {
    private static final List<String> SPEAKERS = List.of("Dana Whitfield", "Marcus Lee", "Priya Raman");
    /** The words of the sample call, as the recogniser would write them. */
    private static final int WORDS = 184;

    @TempDir
    Path dir;

    static Path sample(String name) {
        return TranscriptSamples.path(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zoom-discovery.vtt", "teams-discovery.vtt", "meet-discovery.srt", "notes-discovery.txt",
        "meet-docs-discovery.txt", "plain-discovery.txt"})
    void everyFormatGivesTheSameSpeakersWordsAndOrder(String file) {
        MeetingTranscript m = MeetingTranscriptReader.read(sample(file));
        List<String> names = m.speakers().stream().map(SpeakerShare::name).map(n -> n.replace(" (Guest)", "")).toList();
        assertEquals(Set.copyOf(SPEAKERS), Set.copyOf(names), file);
        assertEquals("Dana Whitfield", m.speakers().get(0).name(), "Dana talks most in " + file);
        assertEquals(11, m.turns().size(), file);
        Transcript t = m.toTranscript(Set.of("dana whitfield"));
        assertEquals(WORDS, t.words().size(), file);
        assertEquals(List.of("hi", "marcus", "thanks"), t.words().subList(0, 3).stream().map(SpokenWord::text).toList());
        assertEquals(Speaker.REP, t.words().get(0).speaker());
        assertTrue(t.stereo(), "two sides, so every side figure is computed");
        for (int i = 1; i < t.words().size(); i++) {
            assertTrue(t.words().get(i).start() >= t.words().get(i - 1).start(), "words in time order in " + file);
        }
        List<String> said = t.utterances().stream().map(u -> u.speaker() + ":" + u.words().get(0).text()).toList();
        assertEquals(List.of("REP:hi", "CUSTOMER:busy", "REP:makes", "CUSTOMER:we're", "REP:understood", "CUSTOMER:i",
                "REP:let", "CUSTOMER:it", "REP:great", "CUSTOMER:sounds"), said, "Marcus and Priya are both the customer side");
    }

    @Test
    void cueTimesAreKeptAndSpreadOverTheCueWordsByLength() {
        MeetingTranscript zoom = MeetingTranscriptReader.read(sample("zoom-discovery.vtt"));
        Turn first = zoom.turns().get(0);
        assertEquals("Hi Marcus, thanks for making time today. How are things at Brightline?", first.text(),
                "a cue wrapped over two lines is one turn");
        assertEquals(List.of("Dana Whitfield", 4), List.of(first.speaker(), first.line()));
        assertEquals(1.02, first.start(), 1e-9);
        assertEquals(5.31, first.end(), 1e-9);
        Transcript t = zoom.toTranscript(Set.of("Dana Whitfield"));
        List<SpokenWord> cue = t.words().subList(0, 12);
        assertEquals(1.02, cue.get(0).start(), 1e-9);
        assertEquals(5.31, cue.get(11).end(), 1e-9);
        assertEquals(List.of("today", "how"), List.of(cue.get(6).text(), cue.get(7).text()));
        assertTrue(cue.get(7).start() - cue.get(6).end() > 0.4, "the full stop after 'today' is a pause, as in speech");
        assertTrue(cue.get(2).start() - cue.get(1).end() < 0.1, "no pause at a comma");
        // "hi" (2 letters) takes less time than "brightline" (10 letters)
        assertTrue(cue.get(0).end() - cue.get(0).start() < cue.get(11).end() - cue.get(11).start());
        assertEquals(70.40, t.durationSeconds(), 1e-9);
    }

    @Test
    void teamsVoiceTagsGuestsNotesAndEntitiesAreRead() {
        MeetingTranscript teams = MeetingTranscriptReader.read(sample("teams-discovery.vtt"));
        assertEquals("WebVTT", teams.format());
        assertTrue(teams.speakers().stream().anyMatch(s -> s.name().equals("Priya Raman (Guest)")));
        assertEquals(27.10, teams.turns().get(4).start(), 1e-9);
        assertEquals(List.of(), teams.warnings());
    }

    @Test
    void plainTextTimesAnchorTheTurnsAndUntimedTurnsAreSpreadBetween() {
        MeetingTranscript notes = MeetingTranscriptReader.read(sample("notes-discovery.txt"));
        assertEquals(List.of("2 lines above the first speaker left out."), notes.warnings());
        assertEquals(18.0, notes.turns().get(3).start(), 1e-9);
        assertTrue(notes.turns().get(3).end() <= notes.turns().get(4).start());

        MeetingTranscript meet = MeetingTranscriptReader.read(sample("meet-docs-discovery.txt"));
        assertEquals(1.0, meet.turns().get(0).start(), 1e-9, "times on their own line date the turn under them");
        assertEquals(27.0, meet.turns().get(4).start(), 1e-9);
        assertTrue(meet.turns().get(3).end() <= 27.0 && meet.turns().get(3).start() > meet.turns().get(2).end(),
                "the turns between two times share the time between them");
        assertTrue(meet.warnings().get(1).startsWith("8 of 11 turns give no time"), meet.warnings().toString());

        MeetingTranscript plain = MeetingTranscriptReader.read(sample("plain-discovery.txt"));
        assertEquals(List.of("The file gives no times; they are estimated at 150 words a minute."), plain.warnings());
        Turn second = plain.turns().get(1);
        assertEquals(12 / PlainTurns.WORDS_PER_SECOND + 0.3, second.start(), 1e-9, "the first turn's 12 words at 150 a minute");
    }

    @Test
    void otterHeadingsAndRecurringLowercaseLabelsAreSpeakersButAProseColonIsNot() {
        MeetingTranscript otter = MeetingTranscriptReader.parse("otter.txt", """
                Dana Whitfield  0:03
                Thanks for joining. Note: we record this call.

                Marcus Lee  0:09
                Fine by me.
                """);
        assertEquals(List.of("Dana Whitfield", "Marcus Lee"), otter.turns().stream().map(Turn::speaker).toList());
        assertEquals("Thanks for joining. Note: we record this call.", otter.turns().get(0).text());
        assertEquals(3.0, otter.turns().get(0).start(), 1e-9);
        assertEquals(9.0, otter.turns().get(1).start(), 1e-9);

        MeetingTranscript chat = MeetingTranscriptReader.parse("chat.txt", """
                marcus.lee: hi
                dana: hello Marcus
                marcus.lee: the price: too high for us
                dana: understood
                """);
        assertEquals(List.of("marcus.lee", "dana", "marcus.lee", "dana"), chat.turns().stream().map(Turn::speaker).toList());
        assertEquals("the price: too high for us", chat.turns().get(2).text());
    }

    @Test
    void theRepIsRememberedByNameElseTheMostTalkativeSpeakerNotKnownAsACustomer() {
        MeetingTranscript m = MeetingTranscriptReader.read(sample("zoom-discovery.vtt"));
        assertEquals(new MeetingTranscript.RepGuess("Dana Whitfield", "talked most"), m.guessRep(Map.of()));
        assertEquals("Marcus Lee", m.guessRep(Map.of("marcus lee", true)).name());
        assertEquals(new MeetingTranscript.RepGuess("Marcus Lee", "talked most"), m.guessRep(Map.of("dana whitfield", false)));
        TranscriptionException unknown = assertThrows(TranscriptionException.class, () -> m.toTranscript(Set.of("Dana")));
        assertEquals("zoom-discovery.vtt has no speaker 'Dana'. Its speakers are Dana Whitfield, Marcus Lee, Priya Raman.",
                unknown.getMessage());
        assertThrows(TranscriptionException.class, () -> m.toTranscript(Set.of("Dana Whitfield", "Marcus Lee", "Priya Raman")));
    }

    @Test
    void theSameCallFromATranscriptIsAnalysedLikeARecordedOne() {
        Transcript t = MeetingTranscriptReader.read(sample("teams-discovery.vtt")).toTranscript(Set.of("Dana Whitfield"));
        CallAnalysis a = new CallAnalyzer().analyze(t, AnalysisSettings.defaults());
        assertTrue(a.stereo());
        assertTrue(a.interactivity() != null && a.patience() != null, "side figures are computed: " + a.notComputed());
        assertTrue(a.competitors().stream().map(Finding::label).anyMatch(l -> l.equals("HubSpot")), a.competitors().toString());
        assertTrue(!a.questions().isEmpty(), "questions are found in the written words");
        assertTrue(a.objections().stream().allMatch(f -> f.evidence().speaker() == Speaker.CUSTOMER));
    }

    @Test
    void emptyBlankBinaryHugeAndMissingFilesAreRefusedWithTheirName() throws IOException {
        assertProblem("empty.vtt", new byte[0], "empty.vtt is empty. Export the transcript again from the meeting tool.");
        assertProblem("blank.txt", " \n\n  \n".getBytes(StandardCharsets.UTF_8),
                "blank.txt has only blank lines. Export the transcript again from the meeting tool.");
        byte[] wav = {'R', 'I', 'F', 'F', 0x24, 0, 0, 0, 'W', 'A', 'V', 'E'};
        assertProblem("call.vtt", wav, "call.vtt is not a text file (byte 5 is a zero byte). Attach the meeting's transcript"
                + " as WebVTT (.vtt), SubRip (.srt) or plain text (.txt), not the recording or a document.");
        Path huge = dir.resolve("huge.txt");
        Files.write(huge, new byte[(int) TranscriptText.MAX_BYTES + 1]);
        TranscriptionException big = assertThrows(TranscriptionException.class, () -> MeetingTranscriptReader.read(huge));
        assertEquals("huge.txt is 5.0 MB; the workstation reads transcripts up to 5 MB (an eight-hour meeting is about 1 MB)."
                + " Check that it is a transcript, or split it.", big.getMessage());
        String talk = "Anna: " + "word ".repeat(MeetingTranscriptReader.MAX_WORDS / 2) + "\nBob: " + "word ".repeat(MeetingTranscriptReader.MAX_WORDS / 2 + 1);
        TranscriptionException many = assertThrows(TranscriptionException.class, () -> MeetingTranscriptReader.parse("long.txt", talk));
        assertEquals("long.txt has 150001 words; the workstation analyses transcripts of up to 150000 words (about sixteen"
                + " hours of talk). Split it into its meetings.", many.getMessage());
        TranscriptionException missing = assertThrows(TranscriptionException.class,
                () -> MeetingTranscriptReader.read(dir.resolve("gone.srt")));
        assertEquals("Cannot read gone.srt: it does not exist.", missing.getMessage());
    }

    @Test
    void malformedTimesAndCuesNameTheirLine() {
        assertParse("bad.vtt", "WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\nAnna: hi\n\n2\n00:00:0x.000 --> 00:00:06.000\nBob: yo\n",
                "bad.vtt, line 8: '00:00:0x.000' is not a time. Cue times look like 00:01:02.500; fix the line or export"
                        + " the transcript again.");
        assertParse("back.srt", "1\n00:00:05,000 --> 00:00:04,000\nAnna: hi\n",
                "back.srt, line 2: the cue ends (00:00:04,000) before it starts (00:00:05,000). Fix the times or export"
                        + " the transcript again.");
        assertParse("stray.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nAnna: hi\n\nBob: where is my time\n",
                "stray.vtt, line 6: 'Bob: where is my time' is not a cue: a cue starts with its time, as in 00:01:02.500"
                        + " --> 00:01:05.000, then the words on the next lines.");
        assertParse("notes.txt", "[00:00:01] Anna: hi\n[00:1x:02] Bob: hello\n",
                "notes.txt, line 2: '[00:1x:02]' is not a time. Write times as [01:02] or [00:01:02].");
        assertParse("notes.txt", "[00:00:01] Anna: hi\n[00:00:75] Bob: hello\n",
                "notes.txt, line 2: '00:00:75' is not a time: minutes and seconds go up to 59.");
        assertParse("order.txt", "[00:02:00] Anna: hi\n[00:01:00] Bob: hello\n",
                "order.txt, line 2: its time comes before the time of line 1. Lines must be in time order.");
        assertParse("zoom.vtt", "Anna: hi\n", "zoom.vtt, line 1: a WebVTT file starts with the line WEBVTT. Export the"
                + " transcript again from the meeting tool.");
    }

    @Test
    void aFileWithoutSpeakerNamesOrWithOneSpeakerIsRefused() {
        assertParse("captions.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nhello there\n\n00:00:03.000 --> 00:00:04.000\nhi\n",
                "captions.vtt names no speakers: none of its cues starts with 'Name:' or a <v Name> voice tag. Turn on"
                        + " speaker names in the meeting tool's transcript settings and export it again.");
        assertParse("cues.vtt", "WEBVTT\n\nNOTE nothing here\n", "cues.vtt has no cues with words. Export the transcript"
                + " again from the meeting tool.");
        assertParse("memo.txt", "Meeting notes\nwe talked about pricing\n", "memo.txt names no speakers: no line starts with"
                + " 'Name: '. Write each turn as 'Anna Smith: what she said' (optionally after a time, as in [00:01:02]),"
                + " or attach the meeting tool's .vtt or .srt file.");
        MeetingTranscript alone = MeetingTranscriptReader.parse("solo.txt", "Anna: hello\nAnna: anyone there\n");
        TranscriptionException e = assertThrows(TranscriptionException.class, () -> alone.toTranscript(Set.of("Anna")));
        assertEquals("solo.txt: every speaker is marked as the rep; mark at least one as the customer.", e.getMessage());
    }

    @Test
    void unnamedCuesContinueTheSpeakerBeforeAndAreCounted() {
        MeetingTranscript m = MeetingTranscriptReader.parse("z.vtt", """
                WEBVTT

                00:00:00.500 --> 00:00:01.000
                (music)

                00:00:01.000 --> 00:00:03.000
                Anna Smith: hello Bob

                00:00:03.000 --> 00:00:04.000
                and welcome

                00:00:04.000 --> 00:00:05.000
                - Bob: thanks
                - Anna Smith: so
                """);
        assertEquals(List.of("Anna Smith", "Anna Smith", "Bob", "Anna Smith"), m.turns().stream().map(Turn::speaker).toList());
        assertEquals(List.of("1 cue names no speaker; given to the speaker before.", "1 cue before the first named speaker left out."),
                m.warnings());
    }

    private void assertProblem(String name, byte[] bytes, String message) throws IOException {
        Path file = Files.write(dir.resolve(name), bytes);
        TranscriptionException e = assertThrows(TranscriptionException.class, () -> MeetingTranscriptReader.read(file));
        assertEquals(message, e.getMessage());
    }

    private static void assertParse(String name, String text, String message) {
        TranscriptionException e = assertThrows(TranscriptionException.class, () -> MeetingTranscriptReader.parse(name, text));
        assertEquals(message, e.getMessage());
    }
}
