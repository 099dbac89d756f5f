package com.nexuscrm.ui.customers;

import atlantafx.base.theme.Styles;
import com.nexuscrm.domain.DocumentRow;
import com.nexuscrm.ui.common.Formats;
import java.io.File;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** The account's documents, "Attach document…" (several files at once) and the selected one's text. */
final class AccountDocumentsPane extends VBox {
    AccountDocumentsPane(AccountHistoryViewModel model) {
        setId("account-documents-pane");
        setSpacing(8);
        setPadding(new Insets(10, 4, 4, 4));
        TableView<DocumentRow> table = new TableView<>(model.documents());
        table.setId("account-documents");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(CustomerColumns.text("Title", DocumentRow::title, 150),
                CustomerColumns.text("Type", DocumentRow::kind, 60),
                CustomerColumns.text("Size", d -> d.sizeBytes() == null ? "" : size(d.sizeBytes()), 70),
                CustomerColumns.column("Attached", DocumentRow::createdAt, t -> Formats.user().day(t), 90)));
        table.setPlaceholder(new Label("No documents attached to this account."));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.preview(now));
        TextArea preview = new TextArea();
        preview.setId("account-document-preview");
        preview.setEditable(false);
        preview.setWrapText(true);
        preview.setPromptText("Select a document to read its text here.");
        preview.textProperty().bind(model.previewProperty());
        SplitPane split = new SplitPane(table, preview);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        VBox.setVgrow(split, Priority.ALWAYS);
        Button attach = new Button("Attach document…");
        attach.setId("account-attach");
        attach.getStyleClass().add(Styles.ACCENT);
        attach.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        attach.setOnAction(e -> choose(model));
        Label hint = new Label("PDF, Word (.docx), text or e-mail (.eml); stored encrypted in the workspace.");
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);
        HBox.setHgrow(hint, Priority.ALWAYS);
        HBox bar = new HBox(10, attach, hint);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(bar, split);
    }

    private void choose(AccountHistoryViewModel model) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Attach documents to the account");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Documents (PDF, DOCX, TXT, EML)", "*.pdf", "*.docx", "*.txt", "*.eml"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> files = chooser.showOpenMultipleDialog(getScene() == null ? null : getScene().getWindow());
        if (files != null) {
            model.attach(files.stream().map(File::toPath).toList());
        }
    }

    static String size(long bytes) {
        return bytes < 1024 ? bytes + " B" : bytes < 1024 * 1024 ? (bytes + 512) / 1024 + " KB"
                : String.format("%.1f MB", bytes / (1024.0 * 1024));
    }
}
