package com.nexuscrm.ui.settings;

import com.nexuscrm.ui.common.Formats;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The tables of a model-training section ({@link ModelTrainingView}): the reliability table, the saved versions
 * and the card's candidates; what each column shows, in the user's formats, and what an empty table says.
 */
final class ModelTables {
    private ModelTables() { }

    static void show(ModelKind kind, TableView<TrainableModels.Reliability> reliability,
                     TableView<TrainableModels.Version> versions, TableView<TrainableModels.Candidate> candidates) {
        reliability.getColumns().get(1).setText(kind.plural().substring(0, 1).toUpperCase(Locale.ROOT)
                + kind.plural().substring(1));
        reliability.getColumns().get(3).setText(kind.outcome());
        reliability.setPlaceholder(wrapped("No reliability table: " + kind.fallback() + " is in use."));
        versions.setPlaceholder(wrapped("No model trained on this workspace yet: " + kind.fallback() + " is in use."));
        candidates.setRowFactory(table -> new CandidateRow());
        candidates.setPlaceholder(wrapped("No model card: " + kind.fallback() + " is in use."));
        Formats f = Formats.user();
        column(reliability, 0, TrainableModels.Reliability::band);
        column(reliability, 1, r -> f.count(r.count()));
        column(reliability, 2, r -> f.percent(r.predicted()));
        column(reliability, 3, r -> f.percent(r.observed()));
        column(versions, 0, v -> v.version() + (v.active() ? "  (active)" : ""));
        column(versions, 1, TrainableModels.Version::trainedOn);
        column(versions, 2, TrainableModels.Version::data);
        column(versions, 3, v -> v.problem() != null ? v.problem() : v.quality());
        column(candidates, 0, c -> c.name() + (c.selected() ? "  (selected)" : ""));
        column(candidates, 1, c -> String.format(f.locale(), "%.4f", c.logLoss()));
        column(candidates, 2, c -> Double.isNaN(c.auc()) ? "" : String.format(f.locale(), "%.3f", c.auc()));
        column(candidates, 3, TrainableModels.Candidate::shape);
    }

    @SuppressWarnings("unchecked")
    private static <R> void column(TableView<R> table, int index, Function<R, String> value) {
        ((TableColumn<R, String>) table.getColumns().get(index))
                .setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setPadding(new javafx.geometry.Insets(8));
        return label;
    }

    /** A candidate's row tells its whole shape on hover: the column is too narrow for a network's description. */
    private static final class CandidateRow extends javafx.scene.control.TableRow<TrainableModels.Candidate> {
        @Override
        protected void updateItem(TrainableModels.Candidate item, boolean empty) {
            super.updateItem(item, empty);
            setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(item.shape()));
        }
    }
}
