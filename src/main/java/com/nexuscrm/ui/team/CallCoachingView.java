package com.nexuscrm.ui.team;

import com.nexuscrm.ui.common.ScreenLifecycle;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.text.TextAlignment;

/** The Team screen's call coaching: period, the reps' table with the benchmark line on top, and two charts. */
public final class CallCoachingView {
    private final CallCoachingViewModel model;
    @FXML private ComboBox<CoachingPeriod> period;
    @FXML private Label summary;
    @FXML private Label empty;
    @FXML private TableView<CoachingRow> table;
    @FXML private HBox charts;

    public CallCoachingView(CallCoachingViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        period.getItems().setAll(CoachingPeriod.values());
        period.valueProperty().bindBidirectional(model.periodProperty());
        summary.textProperty().bind(model.summaryProperty());
        empty.textProperty().bind(model.emptyMessageProperty());
        empty.visibleProperty().bind(model.emptyMessageProperty().isNotEmpty());
        empty.managedProperty().bind(empty.visibleProperty());
        table.visibleProperty().bind(empty.visibleProperty().not());
        table.managedProperty().bind(table.visibleProperty());
        charts.visibleProperty().bind(table.visibleProperty());
        charts.managedProperty().bind(charts.visibleProperty());
        table.getColumns().setAll(List.of(column("Rep", CoachingRow::rep, 195), column("Calls", CoachingRow::calls, 60),
                column("Win rate\n(decided)", CoachingRow::winRate, 90),
                column("Talk\nratio", CoachingRow::talkRatio, 60), column("Customer\nsentiment", CoachingRow::sentiment, 100),
                column("Objection\nhandling", CoachingRow::objectionHandling, 90),
                column("Discovery\nQs / call", CoachingRow::discoveryQuestions, 100),
                column("Next-step\nrate", CoachingRow::nextStepRate, 95), column("Patience", CoachingRow::patience, 85),
                column("Fillers\n/ min", CoachingRow::fillers, 75), areasColumn()));
        table.setItems(model.rows());
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(CoachingRow row, boolean isEmpty) {
                super.updateItem(row, isEmpty);
                getStyleClass().remove("coaching-benchmark");
                if (row != null && row.benchmark()) {
                    getStyleClass().add("coaching-benchmark");
                }
            }
        });
        charts.getChildren().setAll(
                CoachingCharts.of("Talk ratio per rep", "rep share of the talking, %", model.talkRatios()),
                CoachingCharts.of("Discovery questions per call", "questions", model.discoveryQuestions()));
        charts.getChildren().forEach(c -> HBox.setHgrow(c, Priority.ALWAYS));
        ScreenLifecycle.whenShown(table, model::load);
    }

    private TableColumn<CoachingRow, String> areasColumn() {
        TableColumn<CoachingRow, String> areas = column("Coaching areas,\nbiggest gap first", CoachingRow::coachingAreas, 235);
        areas.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean isEmpty) {
                super.updateItem(text, isEmpty);
                CoachingRow row = isEmpty || getTableRow() == null ? null : getTableRow().getItem();
                setText(isEmpty ? null : text);
                setTooltip(row == null || row.coachingDetail().isEmpty() ? null : new Tooltip(row.coachingDetail()));
            }
        });
        return areas;
    }

    private static TableColumn<CoachingRow, String> column(String title, Function<CoachingRow, String> value, double width) {
        TableColumn<CoachingRow, String> column = new TableColumn<>();
        // Two-line headers keep eleven columns readable side by side.
        Label header = new Label(title);
        header.setTextAlignment(TextAlignment.CENTER);
        column.setGraphic(header);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }
}
