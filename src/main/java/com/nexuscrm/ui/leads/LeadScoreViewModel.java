package com.nexuscrm.ui.leads;

import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadScore;
import com.nexuscrm.domain.LeadScores;
import com.nexuscrm.domain.ScoreFactor;
import com.nexuscrm.ui.common.LatestRequest;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The score panel of the lead detail pane: the score with its fit, intent and engagement sub-scores,
 * the factors behind it, and the what-if line while the form is edited. Scoring runs on {@code worker}
 * (the model may load on first use) and results come back on {@code ui}; a result older than the latest
 * request is dropped, so fast typing never shows a stale what-if.
 */
public final class LeadScoreViewModel {
    private final LeadScores scores;
    private final Executor worker;
    private final Executor ui;
    private final LatestRequest shown = new LatestRequest();
    private final LatestRequest previewed = new LatestRequest();
    private final ReadOnlyObjectWrapper<LeadScore> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper whatIf = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ObservableList<ScoreFactor> factors = FXCollections.observableArrayList();

    public LeadScoreViewModel(LeadScores scores, Executor worker, Executor ui) {
        this.scores = scores;
        this.worker = worker;
        this.ui = ui;
    }

    /** Shows a lead's score as it stands now. */
    void show(Lead lead) {
        request(shown, lead, scores::preview, this::showScore);
    }

    /** Shows how the score would move if the edited draft were saved. */
    void whatIf(Lead draft) {
        request(previewed, draft, scores::preview, score -> {
            LeadScore base = current.get();
            int change = base == null ? 0 : score.score() - base.score();
            whatIf.set(base == null || change == 0 ? "" : String.format("If saved: %d \u2192 %d (%s%d)", base.score(),
                    score.score(), change > 0 ? "+" : "\u2212", Math.abs(change)));
        });
    }

    /** Scores a lead that was just saved and stores the score (routing it if new); then runs {@code after}. */
    void saved(Lead lead, Runnable after) {
        // after runs even when a newer request (the form reopening the lead, another row clicked) made this one stale:
        // the score is stored either way, and the inbox row must show it.
        request(shown, lead, scores::rescore, this::showScore, after);
    }

    void clear() {
        shown.invalidate();
        previewed.invalidate();
        current.set(null);
        factors.clear();
        whatIf.set("");
    }

    private void showScore(LeadScore score) {
        current.set(score);
        factors.setAll(score.factors());
        previewed.invalidate();
        whatIf.set("");
    }

    private void request(LatestRequest latest, Lead lead, Function<Lead, LeadScore> scoring,
                         java.util.function.Consumer<LeadScore> show) {
        request(latest, lead, scoring, show, () -> { });
    }

    /** {@code show} only while the request is the latest; {@code always} in any case, after the scoring ended. */
    private void request(LatestRequest latest, Lead lead, Function<Lead, LeadScore> scoring,
                         java.util.function.Consumer<LeadScore> show, Runnable always) {
        LatestRequest.Ticket mine = latest.next();
        worker.execute(() -> {
            LeadScore score;
            String warnings;
            try {
                score = scoring.apply(lead);
                warnings = String.join(" ", scores.warnings());
            } catch (RuntimeException e) {
                ui.execute(() -> {
                    problem.set("Cannot score this lead: " + e.getMessage());
                    always.run();
                });
                return;
            }
            ui.execute(() -> {
                if (mine.isCurrent()) {
                    problem.set(warnings);
                    show.accept(score);
                }
                always.run();
            });
        });
    }

    /** Hot (70+), warm (40 to 69) or cold: the colour of a score everywhere in the app. */
    public static String band(int score) {
        return LeadScore.band(score);
    }

    public ReadOnlyObjectProperty<LeadScore> currentProperty() { return current.getReadOnlyProperty(); }
    public ReadOnlyStringProperty whatIfProperty() { return whatIf.getReadOnlyProperty(); }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public ObservableList<ScoreFactor> factors() { return factors; }
}
