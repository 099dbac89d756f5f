package com.nexuscrm.ui.calls;

import com.nexuscrm.conversation.MeetingTranscriptReader;
import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.domain.call.CallRow;
import com.nexuscrm.domain.call.CallStatus;
import com.nexuscrm.domain.call.Transcript;
import com.nexuscrm.domain.call.Utterance;
import com.nexuscrm.ui.calls.TranscriptIndex.Match;
import com.nexuscrm.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One call: its header, its playable audio, and its transcript with the word being spoken and the search
 * matches. The player lives in the view; it reports its time through {@link #playerTime} and follows
 * {@link #seekRequestProperty()}, which {@link #jumpTo} sets (a click on a word, a search step, evidence).
 */
public final class CallDetailViewModel {

    /** A request to move the player; a new object each time, so asking twice for one time still seeks. */
    public record SeekRequest(double seconds) { }

    private final CallQueue queue;
    private final TaskExecutor tasks;
    private final ReadOnlyObjectWrapper<CallRow> call = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper facts = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Path> audio = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper audioMessage = new ReadOnlyStringWrapper("");
    private final ObservableList<Utterance> utterances = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<TranscriptIndex> index = new ReadOnlyObjectWrapper<>(new TranscriptIndex(List.of()));
    private final ReadOnlyDoubleWrapper position = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyObjectWrapper<SeekRequest> seekRequest = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper currentWord = new ReadOnlyIntegerWrapper(-1);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<Match> matches = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper currentMatch = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyStringWrapper matchSummary = new ReadOnlyStringWrapper("");

    public CallDetailViewModel(CallQueue queue, TaskExecutor tasks) {
        this.queue = queue;
        this.tasks = tasks;
        position.addListener((o, a, now) -> currentWord.set(index.get().wordAt(now.doubleValue())));
        search.addListener((o, a, text) -> findMatches(text));
    }

    /** Shows a call (null: nothing selected); reloads the transcript and audio only when the call changed. */
    public void open(CallRow row) {
        CallRow before = call.get();
        call.set(row);
        header(row);
        if (row == null) {
            showTranscript(null);
            audio.set(null);
            return;
        }
        boolean otherCall = before == null || !before.recordingId().equals(row.recordingId());
        if (otherCall || before.status() != row.status()) {
            loadTranscript(row);
        }
        if (otherCall) {
            loadAudio(row);
        }
    }

    private void header(CallRow row) {
        title.set(row == null ? "" : Objects.requireNonNullElse(row.subject(), "Call"));
        facts.set(row == null ? "" : String.join("  ·  ", List.of(row.dealName() == null ? "No deal" : row.dealName(),
                Objects.requireNonNullElse(row.repName(), "No rep"), Formats.user().dayTime(row.callAt()),
                CallsViewModel.duration(row.durationSeconds()), row.status().label()).stream().filter(s -> !s.isEmpty()).toList()));
        notice.set(row == null || row.statusDetail() == null ? "" : row.statusDetail());
    }

    private void loadTranscript(CallRow row) {
        UUID id = row.recordingId();
        if (row.status() != CallStatus.ANALYSED) {
            showTranscript(null);
            return;
        }
        tasks.run("Loading transcript", p -> queue.transcript(id), t -> {
            if (isShowing(id)) {
                showTranscript(t.orElse(null));
            }
        }, e -> notice.set("The transcript cannot be read: " + e.getMessage()));
    }

    private void loadAudio(CallRow row) {
        UUID id = row.recordingId();
        audio.set(null);
        if (MeetingTranscriptReader.isTranscriptFile(row.fileName())) {
            audioMessage.set("No recording: from " + row.fileName());
            return;
        }
        audioMessage.set("Preparing audio…");
        tasks.run("Preparing audio", p -> queue.playableAudio(row), path -> {
            if (isShowing(id)) {
                audioMessage.set(path.isPresent() ? "" : "The recording file is not in this workspace.");
                audio.set(path.orElse(null)); // after the message: the player may replace it with why it cannot play
            }
        }, e -> {
            if (isShowing(id)) {
                audioMessage.set(e.getMessage());
            }
        });
    }

    private boolean isShowing(UUID recordingId) {
        return call.get() != null && call.get().recordingId().equals(recordingId);
    }

    private void showTranscript(Transcript t) {
        index.set(new TranscriptIndex(t == null ? List.of() : t.words()));
        utterances.setAll(t == null ? List.of() : t.utterances());
        position.set(0);
        currentWord.set(-1);
        findMatches(search.get());
    }

    /** Moves the player (and the highlighted word) to a time in the call, e.g. to an analysis item's evidence. */
    public void jumpTo(double seconds) {
        double t = Math.max(0, seconds);
        position.set(t);
        seekRequest.set(new SeekRequest(t));
    }

    /** The player's current time, as it plays. */
    public void playerTime(double seconds) {
        position.set(seconds);
    }

    /** The player could not play the audio: says why where the audio's state is shown. */
    public void playbackFailed(String message) {
        audioMessage.set(message);
    }

    /** Jumps to the start of a word of the transcript (by its index in {@link #index()}). */
    public void jumpToWord(int word) {
        jumpTo(index.get().words().get(word).start());
    }

    public void nextMatch() {
        step(1);
    }

    public void previousMatch() {
        step(-1);
    }

    private void step(int direction) {
        if (matches.isEmpty()) {
            return;
        }
        int n = matches.size();
        selectMatch(currentMatch.get() < 0 ? (direction > 0 ? 0 : n - 1) : Math.floorMod(currentMatch.get() + direction, n));
    }

    private void findMatches(String text) {
        matches.setAll(index.get().find(text));
        currentMatch.set(-1);
        if (!matches.isEmpty()) {
            selectMatch(0);
        } else {
            matchSummary.set(text == null || text.isBlank() ? "" : "No matches");
        }
    }

    private void selectMatch(int i) {
        currentMatch.set(i);
        matchSummary.set((i + 1) + " of " + matches.size());
        jumpToWord(matches.get(i).first());
    }

    /** The match the search is on, if any. */
    public Optional<Match> selectedMatch() {
        int i = currentMatch.get();
        return i < 0 || i >= matches.size() ? Optional.empty() : Optional.of(matches.get(i));
    }

    public ReadOnlyObjectProperty<CallRow> callProperty() { return call.getReadOnlyProperty(); }
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    /** Deal, rep, date, duration and status on one line. */
    public ReadOnlyStringProperty factsProperty() { return facts.getReadOnlyProperty(); }
    /** Why the job failed, or the transcript's warnings. */
    public ReadOnlyStringProperty noticeProperty() { return notice.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Path> audioProperty() { return audio.getReadOnlyProperty(); }
    public ReadOnlyStringProperty audioMessageProperty() { return audioMessage.getReadOnlyProperty(); }
    public ObservableList<Utterance> utterances() { return utterances; }
    /** The shown transcript's words; a new index each time another transcript is shown. */
    public ReadOnlyObjectProperty<TranscriptIndex> indexProperty() { return index.getReadOnlyProperty(); }
    public TranscriptIndex index() { return index.get(); }
    /** Seconds from the start of the call: where the player is, or was asked to go. */
    public ReadOnlyDoubleProperty positionProperty() { return position.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<SeekRequest> seekRequestProperty() { return seekRequest.getReadOnlyProperty(); }
    /** The word at the current position, or -1. */
    public ReadOnlyIntegerProperty currentWordProperty() { return currentWord.getReadOnlyProperty(); }
    public StringProperty searchProperty() { return search; }
    public ObservableList<Match> matches() { return matches; }
    public ReadOnlyIntegerProperty currentMatchProperty() { return currentMatch.getReadOnlyProperty(); }
    /** "2 of 5", "No matches", or empty. */
    public ReadOnlyStringProperty matchSummaryProperty() { return matchSummary.getReadOnlyProperty(); }
}
