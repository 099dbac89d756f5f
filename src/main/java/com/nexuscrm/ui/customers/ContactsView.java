package com.nexuscrm.ui.customers;

import com.nexuscrm.domain.ContactRow;
import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.ui.common.Labels;
import com.nexuscrm.ui.leads.OwnerChoice;
import com.nexuscrm.ui.transfer.ExportAction;
import com.nexuscrm.ui.transfer.ImportWindow;
import java.util.List;
import com.nexuscrm.domain.RecordRef;
import com.nexuscrm.ui.merge.MergeWindow;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

/** The contacts list with its filters and saved views; the contact's detail pane sits beside it. */
public final class ContactsView {
    private final ContactsViewModel model;
    private final ImportWindow importWindow;
    private final ExportAction exportAction;
    @FXML private Label summary;
    @FXML private TextField search;
    @FXML private ComboBox<SavedView> savedView;
    @FXML private ComboBox<AccountChoice> account;
    @FXML private ComboBox<OwnerChoice> owner;
    @FXML private TableView<ContactRow> table;
    @FXML private VBox loadingPane;
    @FXML private ContactDetailView detailController;

    private final MergeWindow mergeWindow;
    @FXML private Button merge;

    public ContactsView(ContactsViewModel model, ImportWindow importWindow, ExportAction exportAction, MergeWindow mergeWindow) {
        this.mergeWindow = mergeWindow;
        this.model = model;
        this.importWindow = importWindow;
        this.exportAction = exportAction;
    }

    @FXML
    private void initialize() {
        MergeSelected.bind(table, merge, mergeWindow, r -> RecordRef.contact(r.id()), model::load);
        ListBar.bind(model, summary, search, savedView, owner, table, loadingPane);
        account.setItems(model.accountChoices());
        account.setConverter(Labels.converter(a -> a.id() == null ? "Any account" : a.name(), "Any account"));
        account.valueProperty().bindBidirectional(model.accountProperty());
        TableColumn<ContactRow, String> phone = CustomerColumns.text("Phone", ContactRow::phone, 110);
        TableColumn<ContactRow, java.time.Instant> created = CustomerColumns.column("Created", ContactRow::createdAt,
                t -> Formats.user().day(t), 100);
        TableColumn<ContactRow, String> owner = CustomerColumns.text("Owner", r -> model.ownerName(r.ownerId()), 110);
        // Four columns fit beside the detail pane at 1280x800; the others are one click away in the table's menu.
        List.of(owner, phone, created).forEach(c -> c.setVisible(false));
        table.getColumns().setAll(List.of(CustomerColumns.text("Name", ContactRow::fullName, 140),
                CustomerColumns.text("Title", ContactRow::title, 120),
                CustomerColumns.text("Account", ContactRow::accountName, 140),
                CustomerColumns.text("Email", ContactRow::email, 170), owner, phone, created));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> model.open(row));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                detailController.focusForm();
                e.consume();
            }
        });
    }

    @FXML
    private void onSaveView() {
        model.saveCurrentView();
    }

    @FXML
    private void onImport() {
        importWindow.show(table.getScene().getWindow());
    }

    @FXML
    private void onExport() {
        exportAction.run(table.getScene().getWindow());
    }

    @FXML
    private void onNew() {
        table.getSelectionModel().clearSelection();
        model.newContact();
        detailController.focusForm();
    }
}
