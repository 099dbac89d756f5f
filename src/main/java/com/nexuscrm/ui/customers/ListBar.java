package com.nexuscrm.ui.customers;

import com.nexuscrm.ui.common.Labels;
import com.nexuscrm.ui.leads.OwnerChoice;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Binds a customers list's toolbar, filters and table to its {@link CustomerList} model. */
final class ListBar {
    private ListBar() { }

    static <R> void bind(CustomerList<R> model, Label summary, TextField search, ComboBox<SavedView> savedView,
                         ComboBox<OwnerChoice> owner, TableView<R> table, VBox loadingPane) {
        summary.textProperty().bind(model.summaryProperty());
        search.textProperty().bindBidirectional(model.searchProperty());
        savedView.setItems(model.savedViews());
        savedView.valueProperty().bindBidirectional(model.savedViewProperty());
        owner.setItems(model.ownerChoices());
        owner.valueProperty().bindBidirectional(model.ownerProperty());
        loadingPane.visibleProperty().bind(model.loadingProperty());
        table.setItems(model.visibleRows());
        table.setSortPolicy(t -> {
            model.sortBy(t.getComparator());
            return true;
        });
        model.selectRequestProperty().addListener((o, a, row) -> {
            if (row != null) {
                table.getSelectionModel().select(row);
                table.scrollTo(row);
            }
        });
    }

    /** A filter of free-text values: null shows as "Any …". */
    static void choices(ComboBox<String> box, ObservableList<String> values, javafx.beans.property.Property<String> value,
                        String anyText) {
        box.setItems(values);
        box.setConverter(Labels.converter(s -> s, anyText));
        box.valueProperty().bindBidirectional(value);
    }
}
