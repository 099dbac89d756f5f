package com.nexuscrm.ui.team;

import com.nexuscrm.ui.common.ScreenLifecycle;
import com.nexuscrm.ui.team.TeamAccountRow.Ranked;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;

/**
 * The Team screen's accounts: a sortable table of every account by churn risk and health with what changed this
 * week, owner and risk-band filters, and the selected account's changes with their evidence below. A double-click
 * (or Enter) opens the account.
 */
public final class TeamAccountsView {
    private final TeamAccountsViewModel model;
    @FXML private ComboBox<String> owner;
    @FXML private ComboBox<String> band;
    @FXML private ProgressIndicator busy;
    @FXML private Label summary;
    @FXML private Label comparison;
    @FXML private Label empty;
    @FXML private TableView<TeamAccountRow> table;
    @FXML private Label detail;

    public TeamAccountsView(TeamAccountsViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        owner.setItems(model.owners());
        owner.valueProperty().bindBidirectional(model.ownerProperty());
        band.setItems(model.bands());
        band.valueProperty().bindBidirectional(model.bandProperty());
        busy.visibleProperty().bind(model.loadingProperty());
        busy.managedProperty().bind(busy.visibleProperty());
        summary.textProperty().bind(model.summaryProperty());
        comparison.textProperty().bind(model.comparisonProperty());
        bindMessage(empty, model.emptyMessageProperty());
        bindMessage(detail, model.detailProperty());
        table.getColumns().setAll(List.of(text("Account", TeamAccountRow::account, 185),
                text("Owner", TeamAccountRow::owner, 145), ranked("Health (trend)", TeamAccountRow::health, 135),
                ranked("Churn risk", TeamAccountRow::churn, 110), ranked("Won value", TeamAccountRow::value, 100),
                ranked("Changed this week", TeamAccountRow::changes, 330)));
        // columns share the width; no cell tooltips: a line's tooltip is its changes with their evidence
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        SortedList<TeamAccountRow> sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setRowFactory(t -> row());
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.selectedProperty().set(now));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.open(table.getSelectionModel().getSelectedItem());
            }
        });
        ScreenLifecycle.whenShown(table, model::load);
    }

    @FXML
    private void onRefresh() {
        model.load();
    }

    private TableRow<TeamAccountRow> row() {
        TableRow<TeamAccountRow> row = new TableRow<>() {
            @Override
            protected void updateItem(TeamAccountRow item, boolean isEmpty) {
                super.updateItem(item, isEmpty);
                setTooltip(item == null || isEmpty ? null : new Tooltip(item.detail()));
            }
        };
        row.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && !row.isEmpty()) {
                model.open(row.getItem());
            }
        });
        return row;
    }

    private static void bindMessage(Label label, javafx.beans.value.ObservableStringValue text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(text));
        label.managedProperty().bind(label.visibleProperty());
    }

    private static TableColumn<TeamAccountRow, String> text(String title, Function<TeamAccountRow, String> value, double width) {
        TableColumn<TeamAccountRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static TableColumn<TeamAccountRow, Ranked> ranked(String title, Function<TeamAccountRow, Ranked> value, double width) {
        TableColumn<TeamAccountRow, Ranked> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
