package com.nexuscrm.ui.team;

import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.conversation.RepMetrics;
import com.nexuscrm.conversation.ResearchRanges;
import com.nexuscrm.conversation.TeamReport;
import com.nexuscrm.domain.Directory;
import com.nexuscrm.domain.User;
import com.nexuscrm.ui.common.LatestRequest;
import com.nexuscrm.ui.common.TaskExecutor;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Team screen's call coaching: for the chosen period, each rep's call figures with the team benchmark (the top
 * quartile by win rate) beside them, their coaching areas ranked, and two charts (talk ratio and discovery
 * questions per rep, against the benchmark and the research values). Loads in the background; a period chosen
 * while a load runs wins over it.
 */
public final class CallCoachingViewModel {
    /** The benchmark's bar: the table's full label does not fit beside a chart. */
    static final String TOP_QUARTILE_BAR = "Top quartile";

    private record Loaded(CoachingPeriod.Range range, TeamReport report, Map<String, String> names) { }

    private final TeamCallReports reports;
    private final Directory directory;
    private final Clock clock;
    private final Formats formats;
    private final TaskExecutor tasks;
    private final ResearchRanges research = ResearchRanges.defaults();
    private final ObjectProperty<CoachingPeriod> period = new SimpleObjectProperty<>(CoachingPeriod.LAST_90_DAYS);
    private final ObservableList<CoachingRow> rows = FXCollections.observableArrayList();
    private final ObservableList<CoachingBar> talkRatios = FXCollections.observableArrayList();
    private final ObservableList<CoachingBar> discoveryQuestions = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper("");
    private final LatestRequest latest = new LatestRequest();

    public CallCoachingViewModel(TeamCallReports reports, Directory directory, Clock clock, Formats formats, TaskExecutor tasks) {
        this.reports = reports;
        this.directory = directory;
        this.clock = clock;
        this.formats = formats;
        this.tasks = tasks;
        period.addListener((o, was, now) -> load());
    }

    /** Reads the chosen period's calls again. */
    public void load() {
        CoachingPeriod.Range range = period.get().range(clock.instant(), formats.zone());
        summary.set("Loading calls…");
        tasks.run(latest, "Loading call coaching", p -> new Loaded(range, reports.report(range.from(), range.to(), p), names()),
                this::show, e -> clear("Could not load the calls: " + e.getMessage()));
    }

    private Map<String, String> names() {
        return directory.users().stream().collect(Collectors.toMap(u -> u.getId().toString(), User::getDisplayName));
    }

    private void show(Loaded loaded) {
        TeamReport report = loaded.report();
        String between = formats.day(loaded.range().from()) + " and " + formats.day(loaded.range().to());
        if (report.reps().isEmpty()) {
            clear("No analysed calls between " + between + ". Calls show here once they are transcribed and analysed.");
            return;
        }
        Function<String, String> name = id -> loaded.names().getOrDefault(id, "Unknown rep (" + id.substring(0, 8) + ")");
        List<RepMetrics> reps = report.reps().stream().sorted(Comparator.comparing(r -> name.apply(r.repId()))).toList();
        List<CoachingRow> lines = new ArrayList<>();
        if (report.benchmark() != null) {
            List<RepMetrics> top = report.reps().stream().filter(r -> report.benchmarkReps().contains(r.repId())).toList();
            lines.add(CoachingRow.benchmark(report.benchmark(), top, top.stream().map(r -> name.apply(r.repId())).sorted().toList()));
        }
        reps.forEach(r -> lines.add(CoachingRow.of(name.apply(r.repId()), r, report.coachingAreas().getOrDefault(r.repId(), List.of()))));
        rows.setAll(lines);
        talkRatios.setAll(bars(reps, name, r -> r.talkRatio() * 100,
                report.benchmark() == null ? null : report.benchmark().talkRatio() * 100,
                new CoachingBar("Research: " + formats.percent(research.talkRatioTarget()), research.talkRatioTarget() * 100, true)));
        discoveryQuestions.setAll(bars(reps, name, RepMetrics::discoveryQuestions,
                report.benchmark() == null ? null : report.benchmark().discoveryQuestions(),
                new CoachingBar("Research: " + research.questionsLow() + "-" + research.questionsHigh(), research.questionsLow(), true)));
        int calls = reps.stream().mapToInt(RepMetrics::calls).sum();
        summary.set(calls + (calls == 1 ? " analysed call by " : " analysed calls by ") + reps.size()
                + (reps.size() == 1 ? " rep" : " reps") + " between " + between + "."
                + (report.benchmark() == null ? " No rep has a won or lost deal among these calls yet, so there is no benchmark." : ""));
        emptyMessage.set("");
    }

    private static List<CoachingBar> bars(List<RepMetrics> reps, Function<String, String> name,
                                          ToDoubleFunction<RepMetrics> value, Double benchmark, CoachingBar research) {
        List<CoachingBar> bars = new ArrayList<>();
        bars.add(research);
        if (benchmark != null) {
            bars.add(new CoachingBar(TOP_QUARTILE_BAR, benchmark, true));
        }
        reps.forEach(r -> bars.add(new CoachingBar(name.apply(r.repId()), value.applyAsDouble(r), false)));
        return bars;
    }

    private void clear(String message) {
        rows.clear();
        talkRatios.clear();
        discoveryQuestions.clear();
        summary.set("");
        emptyMessage.set(message);
    }

    public ObjectProperty<CoachingPeriod> periodProperty() { return period; }
    public ObservableList<CoachingRow> rows() { return rows; }
    public ObservableList<CoachingBar> talkRatios() { return talkRatios; }
    public ObservableList<CoachingBar> discoveryQuestions() { return discoveryQuestions; }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    /** Empty while there are figures to show; otherwise the sentence that says why there are none. */
    public ReadOnlyStringProperty emptyMessageProperty() { return emptyMessage.getReadOnlyProperty(); }
}
