package com.nexuscrm.ui.calls;

import com.nexuscrm.conversation.CoachingPoint;
import com.nexuscrm.conversation.CoachingPoints;
import com.nexuscrm.conversation.MeetingTranscript;
import com.nexuscrm.conversation.MeetingTranscriptReader;
import com.nexuscrm.conversation.ResearchRanges;
import com.nexuscrm.domain.call.CallAnalysis;
import com.nexuscrm.conversation.CallJobs.JobEvent;
import com.nexuscrm.domain.call.CallRow;
import com.nexuscrm.domain.call.Transcript;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** A scripted call queue: rows and transcripts in memory, actions recorded, events pushed by the test. */
final class FakeCallQueue implements CallQueue {
    final List<CallRow> rows = new ArrayList<>();
    final Map<UUID, Transcript> transcripts = new HashMap<>();
    final Map<UUID, CallAnalysis> analyses = new HashMap<>();
    final List<String> actions = new ArrayList<>();
    final List<Consumer<JobEvent>> listeners = new ArrayList<>();

    void emit(JobEvent e) {
        List.copyOf(listeners).forEach(l -> l.accept(e));
    }

    @Override
    public List<CallRow> rows() { return List.copyOf(rows); }

    @Override
    public List<DealOption> deals() { return List.of(new DealOption(UUID.randomUUID(), "Acme renewal", "Acme", null, false)); }

    @Override
    public void attach(String subject, UUID dealId, Path audio) { actions.add("attach " + subject + " " + audio.getFileName()); }

    final Map<String, Boolean> roles = new HashMap<>();

    @Override
    public MeetingTranscript readTranscript(Path file) { return MeetingTranscriptReader.read(file); }

    @Override
    public Map<String, Boolean> speakerRoles(List<String> speakers) { return Map.copyOf(roles); }

    @Override
    public UUID attachTranscript(String subject, UUID dealId, MeetingTranscript transcript, String rep) {
        actions.add("attach transcript " + subject + " " + transcript.fileName() + " rep " + rep);
        transcript.speakers().forEach(s -> roles.put(MeetingTranscript.key(s.name()), s.name().equals(rep)));
        return UUID.randomUUID();
    }

    @Override
    public void retry(UUID recordingId) { actions.add("retry " + recordingId); }

    @Override
    public void cancel(UUID recordingId) { actions.add("cancel " + recordingId); }

    @Override
    public void share(UUID recordingId, boolean share) { actions.add("share " + share + " " + recordingId); }

    @Override
    public Optional<Transcript> transcript(UUID recordingId) { return Optional.ofNullable(transcripts.get(recordingId)); }

    @Override
    public Optional<CallAnalysis> analysis(UUID recordingId) { return Optional.ofNullable(analyses.get(recordingId)); }

    @Override
    public List<CoachingPoint> coaching(CallAnalysis analysis) {
        return new CoachingPoints(ResearchRanges.defaults(), null).forCall(analysis);
    }

    @Override
    public Optional<Path> playableAudio(CallRow row) { return Optional.empty(); }

    @Override
    public AutoCloseable subscribe(Consumer<JobEvent> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
