package com.nexuscrm.ui.leads;

import com.nexuscrm.ui.common.ScreenLifecycle;
import com.nexuscrm.domain.LeadRow;
import com.nexuscrm.domain.LeadStatus;
import com.nexuscrm.ui.transfer.ExportAction;
import com.nexuscrm.ui.transfer.ImportWindow;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;

/** The leads inbox: binds the table, filters and bulk actions to {@link LeadsViewModel}. */
public final class LeadsView {

    private final LeadsViewModel model;
    private final ImportWindow importWindow;
    private final ExportAction exportAction;
    private final LeadRecordActions recordActions;
    @FXML private Button convertLead;
    @FXML private Button mergeLeads;
    @FXML private Label summary;
    @FXML private TextField search;
    @FXML private Button newLead;
    @FXML private ComboBox<SavedFilter> savedFilter;
    @FXML private ComboBox<LeadStatus> status;
    @FXML private ComboBox<String> source;
    @FXML private ComboBox<OwnerChoice> owner;
    @FXML private CheckBox openOnly;
    @FXML private MenuButton assignMenu;
    @FXML private MenuButton statusMenu;
    @FXML private MenuButton campaignMenu;
    @FXML private TableView<LeadItem> table;
    @FXML private TableColumn<LeadItem, LeadRow> scoreColumn;
    @FXML private TableColumn<LeadItem, String> nameColumn;
    @FXML private TableColumn<LeadItem, LeadRow> slaColumn;
    @FXML private TableColumn<LeadItem, String> companyColumn;
    @FXML private TableColumn<LeadItem, String> titleColumn;
    @FXML private TableColumn<LeadItem, LeadStatus> statusColumn;
    @FXML private TableColumn<LeadItem, String> sourceColumn;
    @FXML private TableColumn<LeadItem, String> ownerColumn;
    @FXML private TableColumn<LeadItem, String> countryColumn;
    @FXML private TableColumn<LeadItem, String> createdColumn;
    @FXML private VBox loadingPane;
    @FXML private LeadDetailView detailController;

    public LeadsView(LeadsViewModel model, ImportWindow importWindow, ExportAction exportAction, LeadRecordActions recordActions) {
        this.model = model;
        this.recordActions = recordActions;
        this.importWindow = importWindow;
        this.exportAction = exportAction;
    }

    @FXML
    private void initialize() {
        LeadFilterBar.bind(model.filters(), search, savedFilter, status, source, owner, openOnly);
        bindTable();
        LeadBulkMenus.bind(model, table, assignMenu, statusMenu);
        recordActions.bind(model, table, convertLead, mergeLeads);
        recordActions.bindCampaigns(table, campaignMenu);
        loadingPane.visibleProperty().bind(model.loadingProperty());
        summary.textProperty().bind(model.summaryProperty());
        ScreenLifecycle.whenShownIn(table, scene -> {
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), search::requestFocus);
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::onNewLead);
        });
        model.load();
    }

    private void bindTable() {
        table.setItems(model.visibleLeads());
        table.setSortPolicy(t -> {
            model.sortBy(t.getComparator());
            return true;
        });
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        model.rowsRefreshedProperty().addListener((o, old, now) -> table.refresh());
        LeadColumns columns = new LeadColumns(model);
        columns.score(scoreColumn);
        columns.show(nameColumn, LeadRow::fullName);
        columns.sla(slaColumn, table);
        columns.show(companyColumn, LeadRow::company);
        columns.show(titleColumn, LeadRow::title);
        columns.status(statusColumn);
        columns.source(sourceColumn);
        columns.owner(ownerColumn);
        columns.show(countryColumn, LeadRow::country);
        columns.created(createdColumn);
        com.nexuscrm.ui.common.TableFit.fit(table); // text cut short shows whole in a tooltip
        LeadTableSelection.bind(model, table, detailController::focusForm);
    }

    @FXML
    private void onSaveView() {
        model.filters().saveCurrentView();
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
    private void onNewLead() {
        table.getSelectionModel().clearSelection();
        model.newLead();
        detailController.focusForm();
    }
}
