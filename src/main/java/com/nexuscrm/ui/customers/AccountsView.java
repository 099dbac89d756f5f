package com.nexuscrm.ui.customers;

import com.nexuscrm.domain.AccountRow;
import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.ui.leads.OwnerChoice;
import com.nexuscrm.ui.transfer.ExportAction;
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

/** The accounts list with its filters and saved views; the account's detail pane sits beside it. */
public final class AccountsView {
    private final AccountsViewModel model;
    private final AccountImports imports;
    private final ExportAction exportAction;
    @FXML private Label summary;
    @FXML private TextField search;
    @FXML private ComboBox<SavedView> savedView;
    @FXML private ComboBox<String> industry;
    @FXML private ComboBox<String> country;
    @FXML private ComboBox<OwnerChoice> owner;
    @FXML private TableView<AccountRow> table;
    @FXML private VBox loadingPane;
    @FXML private AccountDetailView detailController;

    private final MergeWindow mergeWindow;
    @FXML private Button merge;

    public AccountsView(AccountsViewModel model, AccountImports imports, ExportAction exportAction, MergeWindow mergeWindow) {
        this.mergeWindow = mergeWindow;
        this.model = model;
        this.imports = imports;
        this.exportAction = exportAction;
    }

    @FXML
    private void initialize() {
        MergeSelected.bind(table, merge, mergeWindow, r -> RecordRef.account(r.id()), model::load);
        ListBar.bind(model, summary, search, savedView, owner, table, loadingPane);
        ListBar.choices(industry, model.industries(), model.industryProperty(), "Any industry");
        ListBar.choices(country, model.countries(), model.countryProperty(), "Any country");
        TableColumn<AccountRow, String> domain = CustomerColumns.text("Domain", AccountRow::domain, 120);
        TableColumn<AccountRow, String> city = CustomerColumns.text("City", AccountRow::city, 100);
        TableColumn<AccountRow, java.time.Instant> created = CustomerColumns.column("Created", AccountRow::createdAt,
                t -> Formats.user().day(t), 100);
        TableColumn<AccountRow, Integer> employees = CustomerColumns.count("Employees", AccountRow::employees, 95);
        // Five columns fit beside the detail pane at 1280x800; the others are one click away in the table's menu.
        List.of(employees, domain, city, created).forEach(c -> c.setVisible(false));
        table.getColumns().setAll(List.of(CustomerColumns.text("Account", AccountRow::name, 160),
                CustomerColumns.text("Industry", r -> model.industryName(r.industry()), 115),
                CustomerColumns.text("Country", AccountRow::country, 118),
                CustomerColumns.money("Revenue", AccountRow::annualRevenue, model.detail()::currency, 115),
                CustomerColumns.text("Owner", r -> model.ownerName(r.ownerId()), 110), employees, domain, city, created));
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
        imports.accounts().show(table.getScene().getWindow());
    }

    @FXML
    private void onImportTickets() {
        imports.tickets().show(table.getScene().getWindow());
    }

    @FXML
    private void onImportUsage() {
        imports.usage().show(table.getScene().getWindow());
    }

    @FXML
    private void onExport() {
        exportAction.run(table.getScene().getWindow());
    }

    @FXML
    private void onNew() {
        table.getSelectionModel().clearSelection();
        model.newAccount();
        detailController.focusForm();
    }
}
