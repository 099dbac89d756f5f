package com.nexuscrm.ui.deals;

import com.nexuscrm.ui.activity.TimelinePane;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * One deal: the header (account link, amount, stage, close date, forecast category, owner, win probability and
 * predicted close, Close won/lost or Reopen) above tabs for its fields, products, buying group, activity timeline
 * (a component given at construction; Ctrl+L logs) and history. The host places it and tells the model which deal.
 */
public final class DealDetailView {
    private final DealDetailViewModel model;
    private final TimelinePane timeline;
    private final java.util.function.Supplier<javafx.scene.Node> insights;
    private DealFieldsPane fields;
    @FXML private Label empty;
    @FXML private VBox form;
    @FXML private Label heading;
    @FXML private Hyperlink account;
    @FXML private Label amount;
    @FXML private Label stage;
    @FXML private Label closeDate;
    @FXML private Label forecast;
    @FXML private Label owner;
    @FXML private Label score;
    @FXML private Label outcome;
    @FXML private Button closeWon;
    @FXML private Button closeLost;
    @FXML private Button reopen;
    @FXML private TabPane tabs;
    @FXML private Tab activityTab;
    @FXML private Tab productsTab;
    @FXML private Tab contactsTab;
    @FXML private ScrollPane detailsHost;
    @FXML private StackPane productsHost;
    @FXML private StackPane contactsHost;
    @FXML private StackPane timelineHost;
    @FXML private StackPane historyHost;

    /**
     * @param timeline the activity timeline following {@code model.recordProperty()}, or null for none
     * @param insights builds the "Health & risks" tab's content following the same deal (on the tab's first
     *                 showing, after this view has loaded), or null for no such tab
     */
    public DealDetailView(DealDetailViewModel model, TimelinePane timeline,
                          java.util.function.Supplier<javafx.scene.Node> insights) {
        this.model = model;
        this.timeline = timeline;
        this.insights = insights;
    }

    @FXML
    private void initialize() {
        DealDetailHeader h = model.header();
        heading.textProperty().bind(h.headingProperty());
        account.textProperty().bind(h.accountProperty());
        account.disableProperty().bind(h.hasAccountProperty().not());
        amount.textProperty().bind(h.amountProperty());
        stage.textProperty().bind(h.stageProperty());
        closeDate.textProperty().bind(h.closeDateProperty());
        forecast.textProperty().bind(h.forecastProperty());
        owner.textProperty().bind(h.ownerProperty());
        score.textProperty().bind(h.scoreProperty());
        outcome.textProperty().bind(h.outcomeProperty());
        for (Button open : new Button[] {closeWon, closeLost}) {
            open.visibleProperty().bind(h.closedProperty().not());
            open.managedProperty().bind(open.visibleProperty());
        }
        reopen.visibleProperty().bind(h.closedProperty());
        reopen.managedProperty().bind(reopen.visibleProperty());
        form.visibleProperty().bind(model.editingProperty());
        empty.visibleProperty().bind(model.editingProperty().not());
        fields = new DealFieldsPane(model);
        detailsHost.setContent(fields);
        productsHost.getChildren().setAll(new DealLineItemsView(model.lineItems(), model.errors()));
        contactsHost.getChildren().setAll(new DealContactsView(model.contacts(), model.errors()));
        historyHost.getChildren().setAll(new DealHistoryView(model.history()));
        addInsightsTab();
        model.errors().addListener((javafx.collections.MapChangeListener<String, String>) c -> showFirstError());
        if (timeline != null) {
            timelineHost.getChildren().setAll(timeline);
            timeline.setOnLogStarted(() -> tabs.getSelectionModel().select(activityTab));
        }
    }

    /** The tab with what a save refused comes forward, so the messages are seen. */
    private void showFirstError() {
        var errors = model.errors();
        if (errors.keySet().stream().anyMatch(k -> !k.equals("lineItems") && !k.equals("contacts"))) {
            tabs.getSelectionModel().selectFirst();
        } else if (errors.containsKey("lineItems")) {
            tabs.getSelectionModel().select(productsTab);
        } else if (errors.containsKey("contacts")) {
            tabs.getSelectionModel().select(contactsTab);
        }
    }

    /** Puts the cursor in the deal's name (Enter on a row of the list). */
    public void focusForm() {
        tabs.getSelectionModel().selectFirst();
        fields.focusName();
    }

    @FXML
    private void onSave() {
        model.save();
    }

    @FXML
    private void onAccount() {
        model.openAccount();
    }

    @FXML
    private void onCloseWon() {
        model.closeWon();
    }

    @FXML
    private void onCloseLost() {
        model.closeLost();
    }

    @FXML
    private void onReopen() {
        model.reopen();
    }

    private void addInsightsTab() {
        if (insights == null) {
            return;
        }
        Tab tab = new Tab("Health & risks");
        tab.setId("deal-insights-tab");
        tab.setOnSelectionChanged(e -> {
            if (tab.isSelected() && tab.getContent() == null) {
                tab.setContent(insights.get());
            }
        });
        tabs.getTabs().add(1, tab);
    }
}
