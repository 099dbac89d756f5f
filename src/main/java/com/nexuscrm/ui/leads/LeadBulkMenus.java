package com.nexuscrm.ui.leads;

import com.nexuscrm.domain.LeadStatus;
import com.nexuscrm.domain.User;
import java.util.List;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;

/** The inbox's bulk actions: assign or change the status of the selected leads; disabled while nothing is selected. */
final class LeadBulkMenus {
    private LeadBulkMenus() {
    }

    static void bind(LeadsViewModel model, TableView<LeadItem> table, MenuButton assignMenu, MenuButton statusMenu) {
        for (User user : model.assignees()) {
            MenuItem item = new MenuItem(user.getDisplayName());
            item.setOnAction(e -> model.assign(selected(table), user));
            assignMenu.getItems().add(item);
        }
        for (LeadStatus value : LeadStatus.values()) {
            MenuItem item = new MenuItem(value.label());
            item.setOnAction(e -> model.changeStatus(selected(table), value));
            statusMenu.getItems().add(item);
        }
        var noSelection = table.getSelectionModel().selectedItemProperty().isNull();
        assignMenu.disableProperty().bind(noSelection);
        statusMenu.disableProperty().bind(noSelection);
    }

    private static List<LeadItem> selected(TableView<LeadItem> table) {
        return List.copyOf(table.getSelectionModel().getSelectedItems());
    }
}
