package com.nexuscrm.ui.leads;

import com.nexuscrm.ui.common.Labels;
import atlantafx.base.theme.Styles;
import com.nexuscrm.domain.LeadStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.MapChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The lead edit form: one row per field, each with the error message the domain gave it. */
public final class LeadDetailView {
    private final LeadDetailViewModel model;
    private final Map<String, Label> errorLabels = new LinkedHashMap<>();
    private final Map<String, Label> enrichedLabels = new LinkedHashMap<>();
    private TextField firstField;
    @FXML private Label empty;
    @FXML private ScrollPane form;
    @FXML private Label leadHeading;
    @FXML private GridPane grid;
    @FXML private Label signals;
    @FXML private TabPane tabs;
    @FXML private Tab activityTab;
    @FXML private LeadActivityView activityController;

    public LeadDetailView(LeadDetailViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        LeadFormFields fields = model.form();
        firstField = text("firstName", "First name", fields.firstNameProperty());
        text("lastName", "Last name *", fields.lastNameProperty());
        text("email", "Email", fields.emailProperty());
        text("phone", "Phone", fields.phoneProperty());
        text("title", "Title", fields.titleProperty());
        text("company", "Company", fields.companyProperty());
        text("industry", "Industry", fields.industryProperty());
        text("country", "Country", fields.countryProperty());
        text("employees", "Employees", fields.employeesProperty());
        text("annualRevenue", "Revenue", fields.annualRevenueProperty());
        choice("status", "Status", fields.statusProperty(), LeadStatus.values(), LeadStatus::label);
        ComboBox<String> sourceInput = choice("source", "Source", fields.sourceProperty(), model.sourceChoices(), model::sourceLabel);
        sourceInput.setItems(model.sourceOptions()); // the team's sources, current after a sync
        CheckBox doNotContact = new CheckBox("Do not contact");
        doNotContact.setId("lead-doNotContact");
        doNotContact.selectedProperty().bindBidirectional(fields.doNotContactProperty());
        addRow("doNotContact", "Campaigns", doNotContact);
        leadHeading.textProperty().bind(model.headingProperty());
        signals.textProperty().bind(model.signalsProperty());
        form.visibleProperty().bind(model.editingProperty());
        empty.visibleProperty().bind(model.editingProperty().not());
        tabs.visibleProperty().bind(model.editingProperty());
        activityController.setOnLogStarted(() -> tabs.getSelectionModel().select(activityTab));
        model.errors().addListener((MapChangeListener<String, String>) change -> showErrors());
        model.enrichedFields().notes().addListener(
                (MapChangeListener<String, EnrichmentNotes.Note>) change -> showEnriched());
    }

    void focusForm() {
        tabs.getSelectionModel().select(0);
        firstField.requestFocus();
    }

    private TextField text(String field, String label, StringProperty value) {
        TextField input = new TextField();
        input.setId("lead-" + field);
        input.textProperty().bindBidirectional(value);
        addRow(field, label, input);
        return input;
    }

    private <T> ComboBox<T> choice(String field, String label, ObjectProperty<T> value, T[] values,
                            java.util.function.Function<T, String> text) {
        ComboBox<T> input = new ComboBox<>();
        input.setId("lead-" + field);
        input.getItems().setAll(values);
        input.setConverter(Labels.converter(text, ""));
        input.valueProperty().bindBidirectional(value);
        input.setMaxWidth(Double.MAX_VALUE);
        addRow(field, label, input);
        return input;
    }

    private void addRow(String field, String label, Node input) {
        Label error = new Label();
        error.setId("error-" + field);
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.setManaged(false);
        error.setVisible(false);
        errorLabels.put(field, error);
        int row = grid.getRowCount();
        grid.add(new Label(label), 0, row);
        grid.add(new VBox(2, input, enrichedLabel(field), error), 1, row);
    }

    /** The small "Enriched · date" mark under a field that enrichment filled; its tooltip says from where. */
    private Label enrichedLabel(String field) {
        Label mark = new Label();
        mark.setId("enriched-" + field);
        mark.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        mark.setManaged(false);
        mark.setVisible(false);
        enrichedLabels.put(field, mark);
        return mark;
    }

    private void showEnriched() {
        enrichedLabels.forEach((field, label) -> {
            EnrichmentNotes.Note note = model.enrichedFields().notes().get(field);
            label.setText(note == null ? "" : note.label());
            label.setTooltip(note == null ? null : new Tooltip(note.detail()));
            label.setVisible(note != null);
            label.setManaged(note != null);
        });
    }

    private void showErrors() {
        errorLabels.forEach((field, label) -> {
            String message = model.errors().get(field);
            label.setText(message == null ? "" : message);
            label.setVisible(message != null);
            label.setManaged(message != null);
        });
    }

    @FXML
    private void onSave() {
        model.save();
    }
}
