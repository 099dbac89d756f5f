package com.nexuscrm.ui.customers;

import com.nexuscrm.domain.ContactRow;
import com.nexuscrm.domain.DealSummary;
import com.nexuscrm.domain.TicketSummary;
import com.nexuscrm.ui.common.Formats;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.layout.VBox;
import javafx.scene.Node;
import com.nexuscrm.ui.common.Labels;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;

/**
 * One account: its edit form (each field with the domain's error under it), Save and Delete, its contacts, deals
 * and support tickets, and the activity timeline (a component given at construction, shown in {@code timelineHost}).
 */
public final class AccountDetailView {
    private final AccountDetailViewModel model;
    private final Node timeline;
    private TextField firstField;
    @FXML private Label empty;
    @FXML private VBox form;
    @FXML private Label heading;
    @FXML private Button delete;
    @FXML private GridPane grid;
    @FXML private TableView<ContactRow> contacts;
    @FXML private TableView<DealSummary> deals;
    @FXML private TableView<TicketSummary> tickets;
    @FXML private StackPane timelineHost;
    @FXML private TabPane tabs;
    @FXML private Tab timelineTab;
    @FXML private Tab usageTab;
    @FXML private Tab documentsTab;
    private final Node insights;

    /** @param timeline the activity timeline of the shown account (following {@code model.recordProperty()}), or null */
    public AccountDetailView(AccountDetailViewModel model, Node timeline) {
        this(model, timeline, null);
    }

    /**
     * @param insights the account's insights (health, upsell, relationships, talking points) following the shown
     *                 account, shown in an Insights tab after Details; null shows no such tab
     */
    public AccountDetailView(AccountDetailViewModel model, Node timeline, Node insights) {
        this.model = model;
        this.timeline = timeline;
        this.insights = insights;
    }

    @FXML
    private void initialize() {
        FormRows rows = new FormRows(grid, "account", model.errors());
        firstField = rows.text("name", "Name *", model.nameProperty());
        rows.text("domain", "Domain", model.domainProperty());
        ComboBox<String> industry = new ComboBox<>(model.industryOptions()); // the team's industries (Settings ▸ Picklists)
        industry.setId("account-industry");
        industry.setConverter(Labels.converter(model::industryLabel, ""));
        industry.valueProperty().bindBidirectional(model.industryProperty());
        industry.setMaxWidth(Double.MAX_VALUE);
        rows.add("industry", "Industry", industry);
        rows.text("country", "Country", model.countryProperty());
        rows.text("city", "City", model.cityProperty());
        rows.text("phone", "Phone", model.phoneProperty());
        rows.text("website", "Website", model.websiteProperty());
        rows.text("employees", "Employees", model.employeesProperty());
        rows.text("annualRevenue", "", model.annualRevenueProperty());
        rows.lastLabel().textProperty().bind(model.revenueLabelProperty()); // "Revenue (EUR)": the workspace currency
        heading.textProperty().bind(model.headingProperty());
        form.visibleProperty().bind(model.editingProperty());
        empty.visibleProperty().bind(model.editingProperty().not());
        delete.disableProperty().bind(model.creatingProperty());
        contacts.setItems(model.contacts());
        contacts.getColumns().setAll(List.of(CustomerColumns.text("Name", ContactRow::fullName, 130),
                CustomerColumns.text("Title", ContactRow::title, 120), CustomerColumns.text("Email", ContactRow::email, 150)));
        AccountHistoryViewModel history = model.history();
        if (history != null) {
            contacts.getColumns().add(1, CustomerColumns.text("Roles", c -> history.roles(c.id()), 120));
            contacts.getColumns().add(2, CustomerColumns.column("Last contact", c -> history.lastContact(c.id()),
                    t -> Formats.user().day(t), 90));
            contacts.getColumns().add(contacts.getColumns().remove(3)); // Title last: roles and recency matter more here
            history.setOnRelations(contacts::refresh);
            timelineTab.setContent(new AccountTimelinePane(history));
            usageTab.setContent(new AccountUsageChart(history.usage(), history.usage()));
            documentsTab.setContent(new AccountDocumentsPane(history));
        } else {
            tabs.getTabs().removeAll(timelineTab, usageTab, documentsTab);
        }
        if (insights != null) {
            Tab tab = new Tab("Insights", insights);
            tab.setId("account-insights-tab");
            tabs.getTabs().add(1, tab);
        }
        CustomerColumns.openOnActivate(contacts, model::openContact);
        deals.setItems(model.deals());
        CustomerColumns.openOnActivate(deals, model::openDeal);
        CustomerColumns.deals(deals);
        tickets.setItems(model.tickets());
        tickets.getColumns().setAll(List.of(CustomerColumns.text("Subject", TicketSummary::subject, 170),
                CustomerColumns.text("Status", t -> t.status() == null ? null : EnumText.of(t.status()), 80),
                CustomerColumns.text("Priority", t -> t.priority() == null ? null : EnumText.of(t.priority()), 80),
                CustomerColumns.column("Opened", TicketSummary::openedAt, t -> Formats.user().day(t), 90)));
        if (timeline != null) {
            timelineHost.getChildren().setAll(timeline);
        }
    }

    void focusForm() {
        firstField.requestFocus();
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
