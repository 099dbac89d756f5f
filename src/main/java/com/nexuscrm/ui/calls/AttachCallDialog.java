package com.nexuscrm.ui.calls;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Asks what the attached recordings are: the call's subject and the deal it was about. */
final class AttachCallDialog {
    /** What the user chose; {@code deal} is null for a call on no deal. */
    record Answer(String subject, Choice deal) { }

    private AttachCallDialog() { }

    static Optional<Answer> ask(Window owner, List<Path> files, ObservableList<Choice> deals) {
        Dialog<Answer> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Attach recording");
        dialog.setHeaderText(files.size() == 1 ? files.get(0).getFileName().toString() : files.size() + " recordings");
        TextField subject = new TextField("Call");
        subject.setId("attach-subject");
        ComboBox<Choice> deal = new ComboBox<>(deals);
        deal.setId("attach-deal");
        deal.setPromptText("No deal");
        deal.setPrefWidth(300);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new Label("Subject"), subject);
        grid.addRow(1, new Label("Deal"), deal);
        dialog.getDialogPane().setContent(grid);
        ButtonType attach = new ButtonType("Attach", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(attach, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == attach ? new Answer(subject.getText(), deal.getValue()) : null);
        return dialog.showAndWait();
    }
}
