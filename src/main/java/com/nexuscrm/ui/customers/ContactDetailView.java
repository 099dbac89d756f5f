package com.nexuscrm.ui.customers;

import com.nexuscrm.domain.DealSummary;
import com.nexuscrm.ui.common.Labels;
import javafx.fxml.FXML;
import javafx.scene.layout.VBox;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;

/**
 * One contact: its edit form (errors under each field), Save and Delete, a link to its account, its deals, and the
 * activity timeline (a component given at construction, shown in {@code timelineHost}).
 */
public final class ContactDetailView {
    private final ContactDetailViewModel model;
    private final Node timeline;
    private TextField firstField;
    @FXML private Label empty;
    @FXML private VBox form;
    @FXML private Label heading;
    @FXML private Button delete;
    @FXML private Hyperlink accountLink;
    @FXML private GridPane grid;
    @FXML private TableView<DealSummary> deals;
    @FXML private StackPane timelineHost;

    /** @param timeline the activity timeline of the shown contact (following {@code model.recordProperty()}), or null */
    public ContactDetailView(ContactDetailViewModel model, Node timeline) {
        this.model = model;
        this.timeline = timeline;
    }

    @FXML
    private void initialize() {
        FormRows rows = new FormRows(grid, "contact", model.errors());
        firstField = rows.text("firstName", "First name", model.firstNameProperty());
        rows.text("lastName", "Last name *", model.lastNameProperty());
        rows.text("title", "Title", model.titleProperty());
        rows.text("email", "Email", model.emailProperty());
        rows.text("phone", "Phone", model.phoneProperty());
        ComboBox<AccountChoice> account = new ComboBox<>(model.accountChoices());
        account.setId("contact-account");
        account.setConverter(Labels.converter(a -> a.id() == null ? "No account" : a.name(), "No account"));
        account.valueProperty().bindBidirectional(model.accountProperty());
        account.setMaxWidth(Double.MAX_VALUE);
        rows.add("accountId", "Account", account);
        heading.textProperty().bind(model.headingProperty());
        form.visibleProperty().bind(model.editingProperty());
        empty.visibleProperty().bind(model.editingProperty().not());
        delete.disableProperty().bind(model.creatingProperty());
        accountLink.textProperty().bind(model.accountProperty().map(a -> a.id() == null ? "" : "Open " + a.name()));
        accountLink.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.accountProperty().get() != null && model.accountProperty().get().id() != null
                        && !model.creatingProperty().get(), model.accountProperty(), model.creatingProperty()));
        accountLink.managedProperty().bind(accountLink.visibleProperty());
        deals.setItems(model.deals());
        CustomerColumns.openOnActivate(deals, model::openDeal);
        CustomerColumns.deals(deals);
        if (timeline != null) {
            timelineHost.getChildren().setAll(timeline);
        }
    }

    void focusForm() {
        firstField.requestFocus();
    }

    @FXML
    private void onOpenAccount() {
        model.openAccount();
    }

    @FXML
    private void onSave() {
        model.save();
    }

    @FXML
    private void onDelete() {
        model.delete();
    }
}
