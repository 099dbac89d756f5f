package com.nexuscrm.ui.deals;

import atlantafx.base.theme.Styles;
import com.nexuscrm.domain.ContactRow;
import com.nexuscrm.domain.DealRole;
import com.nexuscrm.ui.common.Labels;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The deal's Buying group tab: who is on the deal and their role, facts to watch, and adding from the account. */
final class DealContactsView extends VBox {
    private final DealContactsViewModel model;

    DealContactsView(DealContactsViewModel model, ObservableMap<String, String> errors) {
        this.model = model;
        setSpacing(8);
        setPadding(new Insets(10, 4, 8, 0));
        Label warning = new Label();
        warning.setId("deal-buying-warning");
        warning.getStyleClass().add(Styles.WARNING);
        warning.setWrapText(true);
        warning.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Labels.showWhenSet(warning, model.warningProperty());
        TableView<DealBuyerRow> table = new TableView<>(model.members());
        table.setId("deal-contacts");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Label empty = new Label();
        empty.setWrapText(true);
        empty.setPadding(new Insets(12));
        empty.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        empty.textProperty().bind(model.emptyTextProperty());
        table.setPlaceholder(empty);
        table.getColumns().setAll(List.of(text("Name", DealBuyerRow::name, 150), text("Title", DealBuyerRow::title, 130),
                role(), RemoveColumn.of("Take this person off the deal", "buyer-remove", model::remove)));
        VBox.setVgrow(table, Priority.ALWAYS);
        Label error = new Label();
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        StringProperty errorText = new SimpleStringProperty("");
        errors.addListener((MapChangeListener<String, String>) c -> errorText.set(errors.getOrDefault("contacts", "")));
        Labels.showWhenSet(error, errorText);
        getChildren().addAll(warning, table, addBar(), error);
    }

    private HBox addBar() {
        ComboBox<ContactRow> pick = new ComboBox<>(model.candidates());
        pick.setId("deal-contact-pick");
        pick.setPromptText("A contact at the account");
        pick.setConverter(Labels.converter(c -> c.fullName() + (c.title() == null || c.title().isBlank() ? ""
                : ", " + c.title()), ""));
        pick.valueProperty().bindBidirectional(model.pickedProperty());
        pick.setButtonCell(new javafx.scene.control.ListCell<>() { // the prompt comes back after each Add
            @Override
            protected void updateItem(ContactRow c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? pick.getPromptText() : pick.getConverter().toString(c));
            }
        });
        pick.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(pick, Priority.ALWAYS);
        ComboBox<DealRole> role = roles();
        role.setId("deal-contact-role");
        role.valueProperty().bindBidirectional(model.newRoleProperty());
        Button add = new Button("Add");
        add.setId("deal-contact-add");
        add.setMinWidth(Button.USE_PREF_SIZE);
        add.disableProperty().bind(model.pickedProperty().isNull());
        add.setOnAction(e -> model.add());
        HBox bar = new HBox(8, pick, role, add);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static ComboBox<DealRole> roles() {
        ComboBox<DealRole> role = new ComboBox<>(FXCollections.observableArrayList(DealRole.values()));
        role.getStyleClass().add("buyer-role");
        role.setConverter(Labels.converter(DealRole::label, ""));
        role.setMinWidth(ComboBox.USE_PREF_SIZE);
        return role;
    }

    private static TableColumn<DealBuyerRow, String> text(String title, Function<DealBuyerRow, String> value, double w) {
        TableColumn<DealBuyerRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(w);
        column.setMinWidth(80);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }

    /** The role, changed in place. */
    private static TableColumn<DealBuyerRow, DealBuyerRow> role() {
        TableColumn<DealBuyerRow, DealBuyerRow> column = new TableColumn<>("Role");
        column.setPrefWidth(150);
        column.setMinWidth(150);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            private final ComboBox<DealRole> box = roles();

            @Override
            protected void updateItem(DealBuyerRow row, boolean empty) {
                DealBuyerRow was = getItem();
                super.updateItem(row, empty);
                if (was != null) {
                    box.valueProperty().unbindBidirectional(was.roleProperty());
                }
                if (!empty && row != null) {
                    box.valueProperty().bindBidirectional(row.roleProperty());
                }
                setGraphic(empty || row == null ? null : box);
            }
        });
        return column;
    }
}
