package com.nexuscrm.ui.calls;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import com.nexuscrm.ui.common.Formats;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Asks what the attached recordings are: the call's subject and the deal it was about, picked from open deals
 * (closed ones on request) narrowed as the user types; no deal selected attaches the call to none.
 */
final class AttachCallDialog {
    /** What the user chose; {@code deal} is null for a call on no deal. */
    record Answer(String subject, Choice deal) { }

    private AttachCallDialog() { }

    static Optional<Answer> ask(Window owner, List<Path> files, List<DealOption> deals) {
        Dialog<Answer> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Attach recording");
        dialog.setHeaderText(files.size() == 1 ? files.get(0).getFileName().toString() : files.size() + " recordings");
        TextField subject = new TextField("Call");
        subject.setId("attach-subject");
        GridPane grid = grid();
        grid.addRow(0, new Label("Subject"), subject);
        ListView<Choice> deal = addDealRows(grid, 1, deals);
        dialog.getDialogPane().setContent(grid);
        ButtonType attach = new ButtonType("Attach", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(attach, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == attach
                ? new Answer(subject.getText(), deal.getSelectionModel().getSelectedItem()) : null);
        return dialog.showAndWait();
    }

    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(10));
        return grid;
    }

    /**
     * Adds the deal question at {@code row} of {@code grid} (three rows: the search, "include closed", the list) and
     * returns the list, whose selection is the answer (none: no deal).
     */
    static ListView<Choice> addDealRows(GridPane grid, int row, List<DealOption> deals) {
        DealPicker picker = new DealPicker(deals, Formats.user());
        TextField search = new TextField();
        search.setId("attach-deal-search");
        search.setPromptText("Type to find a deal by name or account");
        picker.textProperty().bind(search.textProperty());
        CheckBox closed = new CheckBox("Include closed deals");
        closed.setId("attach-include-closed");
        picker.includeClosedProperty().bind(closed.selectedProperty());
        ListView<Choice> deal = new ListView<>(picker.shown());
        deal.setId("attach-deal");
        deal.setPrefSize(420, 220);
        deal.setPlaceholder(new Label("No deal matches; the call is attached to no deal."));
        grid.addRow(row, new Label("Deal"), search);
        grid.add(closed, 1, row + 1);
        grid.add(deal, 1, row + 2);
        return deal;
    }
}
