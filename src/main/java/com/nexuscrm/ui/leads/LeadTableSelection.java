package com.nexuscrm.ui.leads;

import javafx.application.Platform;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

/**
 * How the inbox table's selection and the lead form follow each other: selecting a row opens its lead (asking first
 * when the form holds unsaved edits; Stay puts the selection back), Enter and a double click open the selected lead,
 * and a lead opened from another screen is selected alone and scrolled to.
 */
final class LeadTableSelection {
    private final LeadsViewModel model;
    private final TableView<LeadItem> table;
    private boolean reselecting;

    private LeadTableSelection(LeadsViewModel model, TableView<LeadItem> table) {
        this.model = model;
        this.table = table;
    }

    /** {@code focusForm} moves the focus to the lead form (after Enter opened the lead). */
    static void bind(LeadsViewModel model, TableView<LeadItem> table, Runnable focusForm) {
        LeadTableSelection selection = new LeadTableSelection(model, table);
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                selection.openSelected();
                focusForm.run();
                e.consume();
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (!selection.reselecting) {
                model.select(item, () -> Platform.runLater(() -> selection.reselect(a)));
            }
        });
        model.selectRequestProperty().addListener((o, a, item) -> selection.reveal(item));
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                selection.openSelected();
            }
        });
    }

    /** A lead opened from another screen: selected alone, scrolled to, and the table focused. */
    private void reveal(LeadItem item) {
        int at = item == null ? -1 : table.getItems().indexOf(item);
        if (at >= 0) {
            table.getSelectionModel().clearAndSelect(at);
            table.requestFocus();
            Platform.runLater(() -> { // once the new rows are laid out, so the row lands where asked
                table.layout();
                table.scrollTo(Math.max(0, at - 3));
            });
        }
    }

    private void openSelected() {
        model.select(table.getSelectionModel().getSelectedItem(), () -> { });
    }

    /** Stay: the row of the lead still in the form is selected again. */
    private void reselect(LeadItem item) {
        reselecting = true;
        table.getSelectionModel().clearSelection();
        if (item != null) {
            table.getSelectionModel().select(item);
        }
        reselecting = false;
    }
}
