package com.nexuscrm.ui.deals;

import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.ui.common.ScreenLifecycle;
import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;

/** The deals list (read-only) with each deal's last-call sentiment, objections, competitors and buying signals. */
public final class DealsView {

    private final DealsViewModel model;
    private final DealDetailViewModel detail;
    private boolean reselecting;
    @FXML private Label summary;
    @FXML private TextField search;
    @FXML private TableView<DealLine> table;

    public DealsView(DealsViewModel model, DealDetailViewModel detail) {
        this.model = model;
        this.detail = detail;
    }

    @FXML
    private void initialize() {
        search.textProperty().bindBidirectional(model.searchProperty());
        summary.textProperty().bind(model.summaryProperty());
        table.setItems(model.visibleDeals());
        table.getColumns().setAll(List.of(column("Deal", DealLine::name, 140), column("Stage", DealLine::stage, 105),
                column("Amount", DealsView::amount, 115), column("Close date", DealsView::day, 105),
                column("Owner", DealLine::owner, 110),
                column("Last call", d -> Formats.user().day(d.lastCallAt()), 105),
                sentimentColumn(), wrapped("Objections", DealLine::objections, 110),
                wrapped("Competitors", DealLine::competitors, 110), wrapped("Buying signals", DealLine::signals, 110)));
        model.selectRequestProperty().addListener((o, a, line) -> {
            int at = line == null ? -1 : table.getItems().indexOf(line);
            if (at >= 0) {
                table.getSelectionModel().clearAndSelect(at);
                table.requestFocus();
                Platform.runLater(() -> { // once the new rows are laid out, so the row lands where asked
                    table.layout();
                    table.scrollTo(Math.max(0, at - 3));
                });
            }
        });
        openSelectedInDetail();
        com.nexuscrm.ui.common.TableFit.fit(table);
        ScreenLifecycle.whenShown(table, model::load);
    }

    /** The selected row's deal shows in the detail beside the list (after asking about its unsaved edits). */
    private void openSelectedInDetail() {
        table.getSelectionModel().selectedItemProperty().addListener((o, was, line) -> {
            if (!reselecting && line != null) {
                detail.open(model.idOf(line), () -> Platform.runLater(() -> {
                    reselecting = true; // Stay: the row of the deal still in the detail is selected again
                    table.getSelectionModel().select(was);
                    reselecting = false;
                }));
            }
        });
        detail.setOnSaved(saved -> {
            model.load();
            model.select(saved.getId());
        });
    }

    private static String day(DealLine d) {
        return Formats.user().day(d.closeDate());
    }

    private static String amount(DealLine d) {
        return Formats.user().money(d.currency(), d.amount());
    }

    private static TableColumn<DealLine, String> column(String title, Function<DealLine, String> value, double width) {
        TableColumn<DealLine, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(Math.round(width * 0.7)); // columns give a little before the table outgrows the window
        return column;
    }

    /** A text column whose full value shows as a tooltip (lists can be long). */
    private static TableColumn<DealLine, String> wrapped(String title, Function<DealLine, String> value, double width) {
        TableColumn<DealLine, String> column = column(title, value, width);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
            }
        });
        return column;
    }

    private static TableColumn<DealLine, String> sentimentColumn() {
        TableColumn<DealLine, String> column = column("Sentiment", DealLine::sentimentText, 100);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                getStyleClass().removeAll("sentiment-positive", "sentiment-negative");
                DealLine line = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (line != null && line.sentiment() != null && line.sentiment() != 0) {
                    getStyleClass().add(line.sentiment() > 0 ? "sentiment-positive" : "sentiment-negative");
                }
            }
        });
        return column;
    }
}
