package com.nexuscrm.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Progress;
import com.nexuscrm.ui.common.DirectTaskExecutor;
import com.nexuscrm.ui.common.RecordingDialogs;
import com.nexuscrm.ui.common.TaskExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.junit.jupiter.api.Test;

/** Settings → Lead scoring over a scripted registry: what the user reads after each action. */
class ModelTrainingViewModelTest {
    /** A registry whose answers the test sets; it records what was asked of it. */
    private static final class ScriptedModels implements TrainableModels {
        Training training = new Training("leads-v1", "leads-v1 is now active: validation AUC 0.81.", null);
        RuntimeException failure;
        final List<String> calls = new ArrayList<>();

        @Override public String active() { return "In use: leads-v1"; }
        @Override public List<String> warnings() { return List.of("Lead model leads-v2 could not be loaded. Using leads-v1 instead."); }
        @Override public List<Version> versions() {
            return List.of(new Version("leads-v1", true, "25 Nov 2026", "2,000 leads", "AUC 0.81", null));
        }
        @Override public List<Reliability> reliability() { return List.of(new Reliability("0–10%", 100, 0.05, 0.06)); }

        @Override
        public Training train(Progress progress) {
            calls.add("train");
            if (failure != null) {
                throw failure;
            }
            return training;
        }

        @Override public void activate(String version, Progress progress) { calls.add("activate " + version); }

        @Override
        public boolean rollback(Progress progress) {
            calls.add("rollback");
            return false;
        }

        @Override public Card card() {
            return new Card("Selected: logistic had the lowest log loss", List.of(new Candidate("logistic", "no hidden layer",
                    0.61, 0.70, true), new Candidate("base rate", "every row the training rate", 0.69, 0.5, false)),
                    List.of("Leakage guard dropped stage (single-feature AUC 0.990)"), List.of());
        }

        @Override public void useFallback(Progress progress) { calls.add("fallback"); }
    }

    private final ScriptedModels models = new ScriptedModels();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private int refreshed;
    private final ModelTrainingViewModel model = new ModelTrainingViewModel(ModelKind.LEADS, models, new DirectTaskExecutor(), dialogs,
            () -> refreshed++);

    @Test
    void loadShowsTheModelInUseItsWarningsVersionsAndReliability() {
        model.load();
        assertEquals("In use: leads-v1", model.activeProperty().get());
        assertTrue(model.warningProperty().get().contains("leads-v2 could not be loaded"));
        assertEquals(1, model.versions().size());
        assertEquals(1, model.reliability().size());
    }

    @Test
    void trainingReportsTheNewModelOrWhyThereIsNone() {
        model.train();
        assertEquals("leads-v1 is now active: validation AUC 0.81.", model.resultProperty().get());
        assertEquals(1, refreshed, "the inbox shows the new scores");
        models.training = new TrainableModels.Training(null, null, "This workspace has 12 converted leads; a model needs at least 100.");
        model.train();
        assertTrue(model.resultProperty().get().startsWith("This workspace has 12 converted"));
        assertFalse(model.busyProperty().get());
    }

    @Test
    void cancelledOrFailedTrainingSaysSoAndUnlocksTheButtons() {
        models.failure = new Progress.CancelledException();
        model.train();
        assertEquals("Cancelled. The model in use is the one shown above.", model.resultProperty().get());
        models.failure = new IllegalStateException("disk full");
        model.train();
        assertEquals("Failed: disk full", model.resultProperty().get());
        assertFalse(model.busyProperty().get());
        assertEquals(0, refreshed);
    }

    @Test
    void activatingTheActiveVersionDoesNothingAndRollBackAsksFirst() {
        model.activate(new TrainableModels.Version("leads-v1", true, "", "", "", null));
        assertTrue(models.calls.isEmpty());
        model.activate(new TrainableModels.Version("leads-v2", false, "", "", "", null));
        assertEquals(List.of("activate leads-v2"), models.calls);
        dialogs.confirmAnswer = false;
        model.rollback();
        assertEquals(List.of("activate leads-v2"), models.calls, "refused: nothing rolls back");
        dialogs.confirmAnswer = true;
        model.rollback();
        assertEquals(List.of("activate leads-v2", "rollback"), models.calls);
        assertEquals("There is no earlier model to roll back to.", model.resultProperty().get());
    }

    @Test
    void theCardShowsTheWinnerBesideTheBaseRateAndTheFallbackAsksFirst() {
        model.load();
        assertEquals("Selected: logistic had the lowest log loss", model.cardProperty().get().selection());
        assertEquals(List.of("logistic", "base rate"), model.cardProperty().get().candidates().stream()
                .map(TrainableModels.Candidate::name).toList());
        dialogs.confirmAnswer = false;
        model.useFallback();
        assertTrue(models.calls.isEmpty());
        dialogs.confirmAnswer = true;
        model.useFallback();
        assertEquals(List.of("fallback"), models.calls);
        assertEquals("Scores now come from the built-in default model; every lead was rescored.", model.resultProperty().get());
        assertEquals(1, refreshed);
    }

    @Test
    void theDealKindSpeaksOfDeals() {
        ModelTrainingViewModel deals = new ModelTrainingViewModel(ModelKind.DEALS, models, new DirectTaskExecutor(), dialogs,
                () -> refreshed++);
        deals.activate(new TrainableModels.Version("deals-v2", false, "", "", "", null));
        assertEquals("deals-v2 is now active; every deal was rescored.", deals.resultProperty().get());
    }

    /**
     * Like the production executor, a cancel is reported at once while the work's thread runs on: here the thread
     * is the test, which lets the held work run to its end when it likes. Reads of the registry run at once.
     */
    private static final class SlowTasks implements TaskExecutor {
        final List<Runnable> held = new ArrayList<>();
        final List<Runnable> cancels = new ArrayList<>();
        int started;
        boolean cancelled;

        @Override
        public <T> Handle run(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            if (title.startsWith("Reading")) {
                return new DirectTaskExecutor().run(title, work, onSuccess, onFailure);
            }
            started++;
            List<Runnable> stopped = new ArrayList<>();
            boolean[] reported = {false};
            cancels.add(() -> {
                reported[0] = true;
                onFailure.accept(new Progress.CancelledException());
            });
            held.add(() -> {
                try {
                    T value = work.run(new Progress() {
                        @Override public void update(long done, long total, String message) { }
                        @Override public boolean isCancelled() { return cancelled; }
                    });
                    if (!reported[0]) {
                        onSuccess.accept(value);
                    }
                } catch (Exception e) {
                    if (!reported[0]) {
                        onFailure.accept(e);
                    }
                }
                stopped.forEach(Runnable::run);
            });
            return new Handle() {
                @Override public void cancel() { }
                @Override public void whenStopped(Runnable then) { stopped.add(then); }
            };
        }

        void finishHeld() {
            List.copyOf(held).forEach(Runnable::run);
            held.clear();
        }

        @Override public ReadOnlyBooleanProperty busyProperty() { return new ReadOnlyBooleanWrapper().getReadOnlyProperty(); }
        @Override public ReadOnlyDoubleProperty progressProperty() { return new ReadOnlyDoubleWrapper().getReadOnlyProperty(); }
        @Override public ReadOnlyStringProperty messageProperty() { return new ReadOnlyStringWrapper().getReadOnlyProperty(); }

        @Override
        public void cancelAll() {
            cancelled = true;
            List.copyOf(cancels).forEach(Runnable::run);
            cancels.clear();
        }
    }

    @Test
    void afterCancelTrainStaysDisabledUntilTheCancelledRunHasStoppedSoNoTwoRunsOverlap() {
        SlowTasks tasks = new SlowTasks();
        ModelTrainingViewModel slow = new ModelTrainingViewModel(ModelKind.DEALS, models, tasks, dialogs, () -> refreshed++);
        slow.train();
        assertEquals(1, tasks.started);
        slow.cancel();
        assertTrue(slow.busyProperty().get(), "the cancelled run is still on its thread: Train stays disabled");
        assertTrue(slow.resultProperty().get().startsWith("Cancelling"), slow.resultProperty().get());
        slow.train();
        assertEquals(1, tasks.started, "no second training while the first is still running");

        tasks.finishHeld(); // the cancelled run reaches its end (here it even returns a version: the report is ignored)
        assertFalse(slow.busyProperty().get());
        assertEquals("Cancelled. The model in use is the one shown above.", slow.resultProperty().get());
        assertEquals(0, refreshed);
        slow.train();
        assertEquals(2, tasks.started, "Train works again once the cancelled run has stopped");
        tasks.cancelled = false;
        tasks.finishHeld();
        assertEquals("leads-v1 is now active: validation AUC 0.81.", slow.resultProperty().get());
        assertFalse(slow.busyProperty().get());
    }
}
