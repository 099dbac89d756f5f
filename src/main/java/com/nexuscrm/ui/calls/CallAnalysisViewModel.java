package com.nexuscrm.ui.calls;

import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.domain.call.CallClock;
import com.nexuscrm.conversation.CoachingPoint;
import com.nexuscrm.domain.call.CallAnalysis;
import com.nexuscrm.domain.call.CallRow;
import com.nexuscrm.domain.call.CallStatus;
import com.nexuscrm.domain.call.Evidence;
import com.nexuscrm.domain.call.Finding;
import com.nexuscrm.domain.call.SentimentTrend;
import com.nexuscrm.domain.call.SideMetrics;
import com.nexuscrm.domain.call.Speaker;
import com.nexuscrm.ui.common.TaskExecutor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The analysis panel beside a call's transcript: the talk figures against research ranges, the sentiment
 * over the call, coaching points, and the moments (objections, competitors, buying signals, next steps,
 * questions, topics, trackers) whose evidence jumps the player and transcript to where they were said.
 */
public final class CallAnalysisViewModel {
    /** One figure: name, value, and the range it is read against. */
    public record Metric(String name, String value, String note) { }

    /** A finding with its place in the call. */
    public record Moment(String kind, String label, Evidence evidence) {
        public String text() {
            return String.format("%s  %s · %s: “%s”", CallClock.format(evidence.start()), kind, label, evidence.quote());
        }
    }

    /** Which moments to show. */
    public enum Kind {
        ALL("All moments"), OBJECTIONS("Objections"), COMPETITORS("Competitors"), SIGNALS("Buying signals"),
        NEXT_STEPS("Next steps"), QUESTIONS("Questions"), TOPICS("Topics"), TRACKERS("Trackers");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final CallQueue queue;
    private final TaskExecutor tasks;
    private final CallDetailViewModel detail;
    private final ReadOnlyObjectWrapper<CallAnalysis> analysis = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ObservableList<Metric> metrics = FXCollections.observableArrayList();
    private final ObservableList<CoachingPoint> coaching = FXCollections.observableArrayList();
    private final ObservableList<Moment> moments = FXCollections.observableArrayList();
    private final ObservableList<String> notComputed = FXCollections.observableArrayList();
    private final List<Moment> allMoments = new ArrayList<>();
    private Kind kind = Kind.ALL;

    public CallAnalysisViewModel(CallQueue queue, TaskExecutor tasks, CallDetailViewModel detail) {
        this.queue = queue;
        this.tasks = tasks;
        this.detail = detail;
        detail.callProperty().addListener((o, before, row) -> {
            if (row == null || before == null || !before.recordingId().equals(row.recordingId()) || before.status() != row.status()) {
                load(row);
            }
        });
        load(detail.callProperty().get());
    }

    private void load(CallRow row) {
        show(null, List.of());
        if (row == null) {
            return;
        }
        if (row.status() != CallStatus.ANALYSED) {
            message.set(switch (row.status()) {
                case FAILED -> "No analysis: the recording could not be transcribed.";
                case CANCELLED -> "No analysis: transcription was cancelled. Retry to analyse the call.";
                default -> "The analysis appears here once the call is transcribed.";
            });
            return;
        }
        UUID id = row.recordingId();
        record Loaded(CallAnalysis analysis, List<CoachingPoint> coaching) { }
        tasks.run("Loading call analysis", p -> {
            Optional<CallAnalysis> a = queue.analysis(id);
            return new Loaded(a.orElse(null), a.map(queue::coaching).orElse(List.of()));
        }, loaded -> {
            CallRow now = detail.callProperty().get();
            if (now != null && now.recordingId().equals(id)) {
                show(loaded.analysis(), loaded.coaching());
                if (loaded.analysis() == null) {
                    message.set("This call has no analysis stored.");
                }
            }
        }, e -> message.set("The analysis cannot be read: " + e.getMessage()));
    }

    private void show(CallAnalysis a, List<CoachingPoint> points) {
        analysis.set(a);
        message.set("");
        metrics.setAll(a == null ? List.of() : metrics(a));
        coaching.setAll(points);
        allMoments.clear();
        if (a != null) {
            allMoments.addAll(moments(a));
        }
        notComputed.setAll(a == null ? List.of() : a.notComputed().stream().map(n -> n.metric() + ": " + n.reason()).toList());
        filter(kind);
    }

    /** Shows only moments of one kind. */
    public void filter(Kind k) {
        kind = k;
        moments.setAll(allMoments.stream().filter(m -> k == Kind.ALL || kindOf(m) == k).toList());
    }

    /** Moves the player and transcript to where the evidence was said. */
    public void jumpTo(Evidence e) {
        detail.jumpTo(e.start());
    }

    static List<Metric> metrics(CallAnalysis a) {
        List<Metric> out = new ArrayList<>();
        Optional<SideMetrics> rep = a.side(Speaker.REP);
        rep.map(SideMetrics::talkRatio).ifPresent(r -> out.add(new Metric("Rep talk ratio", percent(r), "research: about 43%")));
        for (SideMetrics s : a.sides()) {
            out.add(new Metric(s.speaker().label() + " longest monologue", CallClock.format(s.longestMonologueSeconds()),
                    s.speaker() == Speaker.REP ? "keep under 2:30" : ""));
        }
        a.side(a.stereo() ? Speaker.REP : Speaker.UNKNOWN).ifPresent(s -> out.add(new Metric(
                (a.stereo() ? "Rep" : "Call") + " words per minute", String.format(Locale.ROOT, "%.0f", s.wordsPerMinute()), "")));
        if (a.interactivity() != null) {
            out.add(new Metric("Interactivity", String.format(Locale.ROOT, "%.1f switches/min", a.interactivity().perMinute()), ""));
        }
        if (a.patience() != null) {
            out.add(new Metric("Patience", String.format(Locale.ROOT, "%.1f s", a.patience().meanSeconds()), "pause before the rep answers"));
        }
        long discovery = a.discoveryQuestions().size();
        out.add(new Metric("Questions by the rep", a.stereo() ? a.questionsBy(Speaker.REP).size() + " (" + discovery + " discovery)"
                : a.questions().size() + " in the call", a.stereo() ? "discovery calls: 11–14" : "sides unknown (mono)"));
        for (SentimentTrend t : a.sentimentTrends()) {
            out.add(new Metric(t.speaker().label() + " sentiment", signed(t.overall()),
                    "first third " + signed(t.firstThird()) + " → last third " + signed(t.lastThird())));
        }
        if (a.objectionHandling() != null) {
            out.add(new Metric("Objection handling", signed(a.objectionHandling().score()), "customer mood after vs before"));
        }
        a.side(a.stereo() ? Speaker.REP : Speaker.UNKNOWN).ifPresent(s -> out.add(new Metric("Fillers",
                String.format(Locale.ROOT, "%.1f per minute", s.fillersPerMinute()), "")));
        return out;
    }

    static List<Moment> moments(CallAnalysis a) {
        List<Moment> out = new ArrayList<>();
        a.objections().forEach(f -> out.add(moment("Objection", f)));
        a.competitors().forEach(f -> out.add(moment("Competitor", f)));
        a.buyingSignals().forEach(f -> out.add(moment("Buying signal", f)));
        a.actionItems().forEach(i -> out.add(new Moment("Next step", i.due() == null ? "no date" : "due " + i.due(), i.evidence())));
        a.questions().forEach(q -> out.add(new Moment("Question", q.discovery() ? "discovery" : q.evidence().speaker().label().toLowerCase(Locale.ROOT), q.evidence())));
        a.topics().forEach(f -> out.add(moment("Topic", f)));
        a.trackerHits().forEach(f -> out.add(moment("Tracker", f)));
        out.sort(Comparator.comparingDouble(m -> m.evidence().start()));
        return out;
    }

    private static Moment moment(String kind, Finding f) {
        return new Moment(kind, f.label(), f.evidence());
    }

    private static Kind kindOf(Moment m) {
        return switch (m.kind()) {
            case "Objection" -> Kind.OBJECTIONS;
            case "Competitor" -> Kind.COMPETITORS;
            case "Buying signal" -> Kind.SIGNALS;
            case "Next step" -> Kind.NEXT_STEPS;
            case "Question" -> Kind.QUESTIONS;
            case "Topic" -> Kind.TOPICS;
            default -> Kind.TRACKERS;
        };
    }


    private static String percent(double ratio) {
        return Formats.user().percent(ratio);
    }


    private static String signed(double v) {
        return String.format(Locale.ROOT, "%+.2f", v);
    }

    public ReadOnlyObjectProperty<CallAnalysis> analysisProperty() { return analysis.getReadOnlyProperty(); }

    /** Why there is no analysis to show (empty when there is one, or no call is selected). */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    public ObservableList<Metric> metrics() { return metrics; }

    public ObservableList<CoachingPoint> coaching() { return coaching; }

    public ObservableList<Moment> moments() { return moments; }

    public ObservableList<String> notComputed() { return notComputed; }
}
