package com.nexuscrm.ui.leads;

import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.ui.common.ScreenLifecycle;
import com.nexuscrm.ui.common.Labels;
import com.nexuscrm.domain.LeadRow;
import com.nexuscrm.domain.LeadSource;
import com.nexuscrm.domain.LeadStatus;
import com.nexuscrm.domain.User;
import com.nexuscrm.ui.transfer.ExportAction;
import com.nexuscrm.ui.transfer.ImportWindow;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
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
    @FXML private Label summary;
    @FXML private TextField search;
    @FXML private Button newLead;
    @FXML private ComboBox<SavedFilter> savedFilter;
    @FXML private ComboBox<LeadStatus> status;
    @FXML private ComboBox<LeadSource> source;
    @FXML private ComboBox<OwnerChoice> owner;
    @FXML private CheckBox openOnly;
    @FXML private MenuButton assignMenu;
    @FXML private MenuButton statusMenu;
    @FXML private TableView<LeadItem> table;
    @FXML private TableColumn<LeadItem, LeadRow> scoreColumn;
    @FXML private TableColumn<LeadItem, String> nameColumn;
    @FXML private TableColumn<LeadItem, LeadRow> slaColumn;
    @FXML private TableColumn<LeadItem, String> companyColumn;
    @FXML private TableColumn<LeadItem, String> titleColumn;
    @FXML private TableColumn<LeadItem, LeadStatus> statusColumn;
    @FXML private TableColumn<LeadItem, LeadSource> sourceColumn;
    @FXML private TableColumn<LeadItem, String> ownerColumn;
    @FXML private TableColumn<LeadItem, String> countryColumn;
    @FXML private TableColumn<LeadItem, String> createdColumn;
    @FXML private VBox loadingPane;
    @FXML private LeadDetailView detailController;

    public LeadsView(LeadsViewModel model, ImportWindow importWindow, ExportAction exportAction) {
        this.model = model;
        this.importWindow = importWindow;
        this.exportAction = exportAction;
    }

    @FXML
    private void initialize() {
        bindFilters();
        bindTable();
        bindActions();
        loadingPane.visibleProperty().bind(model.loadingProperty());
        summary.textProperty().bind(model.summaryProperty());
        ScreenLifecycle.whenShownIn(table, scene -> {
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), search::requestFocus);
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::onNewLead);
        });
        model.load();
    }

    private void bindFilters() {
        search.textProperty().bindBidirectional(model.searchProperty());
        savedFilter.setItems(model.savedFilters());
        savedFilter.valueProperty().bindBidirectional(model.savedFilterProperty());
        status.getItems().add(null);
        status.getItems().addAll(LeadStatus.values());
        status.valueProperty().bindBidirectional(model.statusProperty());
        status.setConverter(Labels.converter(s -> s.label(), "Any status"));
        source.getItems().add(null);
        source.getItems().addAll(LeadSource.values());
        source.valueProperty().bindBidirectional(model.sourceProperty());
        source.setConverter(Labels.converter(s -> s.label(), "Any source"));
        owner.setItems(model.ownerChoices());
        owner.valueProperty().bindBidirectional(model.ownerProperty());
        openOnly.selectedProperty().bindBidirectional(model.openOnlyProperty());
    }

    private void bindTable() {
        table.setItems(model.visibleLeads());
        table.setSortPolicy(t -> {
            model.sortBy(t.getComparator());
            return true;
        });
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        model.rowsRefreshedProperty().addListener((o, old, now) -> table.refresh());
        column(scoreColumn, r -> r);
        scoreColumn.setCellFactory(c -> new ScoreCell());
        scoreColumn.setComparator(ScoreCell.BY_SCORE);
        column(nameColumn, LeadRow::fullName);
        column(slaColumn, r -> r);
        var slaClock = SlaCell.ticking(table);
        slaColumn.setCellFactory(c -> new SlaCell(model, slaClock));
        slaColumn.setComparator(java.util.Comparator.comparing(LeadRow::slaDueAt, java.util.Comparator.nullsLast(
                java.util.Comparator.naturalOrder())));
        column(companyColumn, LeadRow::company);
        column(titleColumn, LeadRow::title);
        column(statusColumn, LeadRow::status);
        statusColumn.setCellFactory(c -> Labels.cell(LeadStatus::label));
        column(sourceColumn, LeadRow::source);
        sourceColumn.setCellFactory(c -> Labels.cell(LeadSource::label));
        column(ownerColumn, r -> model.ownerName(r.ownerId()));
        column(countryColumn, LeadRow::country);
        column(createdColumn, r -> Formats.user().day(r.createdAt()));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
                detailController.focusForm();
                e.consume();
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> model.open(item));
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected();
            }
        });
    }

    private <T> void column(TableColumn<LeadItem, T> column, Function<LeadRow, T> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(model.current(c.getValue().row()))));
    }

    private void bindActions() {
        for (User user : model.assignees()) {
            MenuItem item = new MenuItem(user.getDisplayName());
            item.setOnAction(e -> model.assign(selected(), user));
            assignMenu.getItems().add(item);
        }
        for (LeadStatus value : LeadStatus.values()) {
            MenuItem item = new MenuItem(value.label());
            item.setOnAction(e -> model.changeStatus(selected(), value));
            statusMenu.getItems().add(item);
        }
        var noSelection = table.getSelectionModel().selectedItemProperty().isNull();
        assignMenu.disableProperty().bind(noSelection);
        statusMenu.disableProperty().bind(noSelection);
    }

    private List<LeadItem> selected() {
        return List.copyOf(table.getSelectionModel().getSelectedItems());
    }

    private void openSelected() {
        model.open(table.getSelectionModel().getSelectedItem());
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
    private void onNewLead() {
        table.getSelectionModel().clearSelection();
        model.newLead();
        detailController.focusForm();
    }
}
