package com.nexuscrm.ui.deals;

import atlantafx.base.theme.Styles;
import com.nexuscrm.ui.common.Labels;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableMap;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The deal's Products tab: a table whose cells are always-editable fields (product, quantity, unit price,
 * discount %), each row's total, a remove button per row, Add product, the sum, and what is wrong with each row.
 */
final class DealLineItemsView extends VBox {
    private final DealLineItemsViewModel model;
    private final TableView<DealLineRow> table = new TableView<>();

    DealLineItemsView(DealLineItemsViewModel model, ObservableMap<String, String> errors) {
        this.model = model;
        setSpacing(8);
        setPadding(new Insets(10, 4, 8, 0));
        table.setId("deal-line-items");
        table.setItems(model.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label("No products yet: Add product lists what the deal sells."));
        table.getColumns().setAll(List.of(input("Product", DealLineRow::productProperty, 120, "product"),
                input("Qty", DealLineRow::quantityProperty, 55, "quantity"),
                input("Unit price", DealLineRow::unitPriceProperty, 95, "unitPrice"),
                input("Disc. %", DealLineRow::discountProperty, 80, "discount"), total(),
                RemoveColumn.of("Remove this product", "line-remove", model::remove)));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(table, bar());
        getChildren().addAll(messages(errors));
    }

    /** Add product, and the products' sum at the right. */
    private HBox bar() {
        Button add = new Button("Add product");
        add.setId("deal-add-product");
        add.setMinWidth(Button.USE_PREF_SIZE);
        add.setOnAction(e -> startRow(model.add()));
        Label sum = new Label();
        sum.setId("deal-line-sum");
        sum.getStyleClass().add(Styles.TEXT_BOLD);
        sum.setWrapText(true);
        sum.textProperty().bind(model.sumTextProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(10, add, gap, sum);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** What is wrong with the rows as typed, and what a save refused. */
    private List<Label> messages(ObservableMap<String, String> errors) {
        Label problems = new Label();
        problems.setId("deal-line-problems");
        problems.getStyleClass().add(Styles.DANGER);
        problems.setWrapText(true);
        problems.setMinHeight(Region.USE_PREF_SIZE); // wraps instead of being cut short beside the growing table
        Labels.showWhenSet(problems, model.problemsProperty());
        Label saveError = new Label();
        saveError.getStyleClass().add(Styles.DANGER);
        saveError.setWrapText(true);
        saveError.setMinHeight(Region.USE_PREF_SIZE);
        javafx.beans.property.StringProperty saveText = new javafx.beans.property.SimpleStringProperty("");
        errors.addListener((javafx.collections.MapChangeListener<String, String>) change ->
                saveText.set(errors.getOrDefault("lineItems", ""))); // what SaveDeal refused, by row field
        Labels.showWhenSet(saveError, saveText);
        return List.of(problems, saveError);
    }

    /** Puts the cursor in the new row's product field, laying the table out first so the row's cells exist. */
    private void startRow(DealLineRow row) {
        table.scrollTo(row);
        table.layout();
        if (!focusProduct(row)) {
            Platform.runLater(() -> focusProduct(row));
        }
    }

    private boolean focusProduct(DealLineRow row) {
        var field = table.lookupAll(".line-product").stream()
                .filter(n -> n instanceof TextField && n.getParent() instanceof TableCell<?, ?> cell
                        && cell.getTableRow() != null && cell.getTableRow().getItem() == row).findFirst();
        field.ifPresent(javafx.scene.Node::requestFocus);
        return field.isPresent();
    }

    /** A column of text fields bound to one property of each row. */
    private static TableColumn<DealLineRow, DealLineRow> input(String title, Function<DealLineRow, StringProperty> value,
                                                               double width, String key) {
        TableColumn<DealLineRow, DealLineRow> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setMinWidth(width); // the heading stays readable; the table scrolls sideways when the pane is narrower
        column.setSortable(false);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new BoundTextCell<>(value, "line-" + key));
        return column;
    }

    private TableColumn<DealLineRow, DealLineRow> total() {
        TableColumn<DealLineRow, DealLineRow> column = new TableColumn<>("Total");
        column.setPrefWidth(100);
        column.setMinWidth(100);
        column.setSortable(false);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(DealLineRow row, boolean empty) {
                super.updateItem(row, empty);
                textProperty().unbind();
                tooltipProperty().unbind();
                if (empty || row == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                textProperty().bind(row.totalProperty().map(this::money).orElse("⚠ check row"));
                tooltipProperty().bind(row.problemProperty().map(p -> p.isEmpty() ? null : new Tooltip(p)));
            }

            private String money(BigDecimal amount) {
                return model.money(amount);
            }
        });
        return column;
    }
}
