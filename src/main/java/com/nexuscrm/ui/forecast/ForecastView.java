package com.nexuscrm.ui.forecast;

import com.nexuscrm.ui.common.ScreenLifecycle;
import com.nexuscrm.usecase.ForecastDeals;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** The Forecast section: period and scope, the figures as tiles, the reps' table, the weekly chart and what moved. */
public final class ForecastView {
    private final ForecastViewModel model;
    @FXML private ComboBox<ForecastPeriodChoice> period;
    @FXML private DatePicker from;
    @FXML private DatePicker to;
    @FXML private ComboBox<ForecastDeals.Scope> scope;
    @FXML private Label summary;
    @FXML private Label problem;
    @FXML private Label leftOut;
    @FXML private VBox movesChartBox;
    @FXML private FlowPane tiles;
    @FXML private TableView<ForecastRepRow> reps;
    @FXML private VBox chartBox;
    @FXML private ListView<String> moves;

    public ForecastView(ForecastViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        period.getItems().setAll(ForecastPeriodChoice.values());
        period.valueProperty().bindBidirectional(model.choiceProperty());
        from.valueProperty().bindBidirectional(model.customFromProperty());
        to.valueProperty().bindBidirectional(model.customToProperty());
        from.visibleProperty().bind(model.choiceProperty().isEqualTo(ForecastPeriodChoice.CUSTOM));
        from.managedProperty().bind(from.visibleProperty());
        to.visibleProperty().bind(from.visibleProperty());
        to.managedProperty().bind(from.visibleProperty());
        scope.getItems().setAll(ForecastDeals.Scope.values());
        scope.setConverter(new javafx.util.StringConverter<>() {
            @Override public String toString(ForecastDeals.Scope s) { return s == null ? "" : scopeLabel(s); }
            @Override public ForecastDeals.Scope fromString(String text) { return null; }
        });
        scope.valueProperty().bindBidirectional(model.scopeProperty());
        summary.textProperty().bind(model.summaryProperty());
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        leftOut.textProperty().bind(model.leftOutProperty());
        leftOut.visibleProperty().bind(model.leftOutProperty().isNotEmpty());
        leftOut.managedProperty().bind(leftOut.visibleProperty());
        model.tiles().addListener((ListChangeListener<ForecastTile>) c -> showTiles());
        table();
        chartBox.getChildren().setAll(ForecastChart.of(model.weeks()));
        moves.setItems(model.moves());
        movesChartBox.getChildren().setAll(ForecastMovesChart.of(model.moveBars()));
        ScreenLifecycle.whileShown(reps, model);
    }

    private static String scopeLabel(ForecastDeals.Scope s) {
        return switch (s) {
            case ME -> "My deals";
            case TEAM -> "My team";
            case COMPANY -> "Company";
        };
    }

    private void showTiles() {
        tiles.getChildren().setAll(model.tiles().stream().map(t -> {
            Label value = new Label(t.value());
            value.getStyleClass().addAll("title-3", "forecast-value");
            value.setId("tile-" + t.id());
            VBox tile = new VBox(2, new Label(t.label()), value);
            tile.getStyleClass().add("forecast-tile");
            tile.setStyle("-fx-padding: 8 12; -fx-border-color: -color-border-default; -fx-border-radius: 6;");
            tile.setPrefWidth(150);
            Tooltip.install(tile, new Tooltip(t.detail()));
            return tile;
        }).toList());
    }

    private void table() {
        reps.setEditable(true);
        TableColumn<ForecastRepRow, String> adjustment = column("Adjustment", ForecastRepRow::adjustment, 110);
        adjustment.setCellFactory(TextFieldTableCell.forTableColumn());
        adjustment.editableProperty().bind(model.adjustableProperty());
        adjustment.setOnEditCommit(e -> model.adjust(e.getRowValue().repId(), e.getNewValue(), e.getRowValue().note()));
        reps.getColumns().setAll(List.of(column("Rep", ForecastRepRow::rep, 170), column("Closed won", ForecastRepRow::closedWon, 110),
                column("Commit", ForecastRepRow::commit, 110), column("Best case", ForecastRepRow::bestCase, 110),
                column("Pipeline", ForecastRepRow::open, 110), column("Weighted", ForecastRepRow::weighted, 110),
                adjustment, column("Adjusted total", ForecastRepRow::adjustedTotal, 120)));
        reps.setItems(model.reps());
    }

    private static TableColumn<ForecastRepRow, String> column(String title, Function<ForecastRepRow, String> value, double width) {
        TableColumn<ForecastRepRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setEditable(false);
        return column;
    }
}
