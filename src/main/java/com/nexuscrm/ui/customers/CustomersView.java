package com.nexuscrm.ui.customers;

import javafx.fxml.FXML;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** The Customers section: the Accounts and Contacts lists as two tabs, kept in step with the model's tab. */
public final class CustomersView {
    private final CustomersViewModel model;
    @FXML private TabPane tabs;
    @FXML private Tab accountsTab;
    @FXML private Tab contactsTab;

    public CustomersView(CustomersViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        select(model.tabProperty().get());
        model.tabProperty().addListener((o, a, tab) -> select(tab));
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, tab) ->
                model.tabProperty().set(tab == contactsTab ? CustomersViewModel.Tab.CONTACTS : CustomersViewModel.Tab.ACCOUNTS));
        model.load();
    }

    private void select(CustomersViewModel.Tab tab) {
        tabs.getSelectionModel().select(tab == CustomersViewModel.Tab.CONTACTS ? contactsTab : accountsTab);
    }
}
