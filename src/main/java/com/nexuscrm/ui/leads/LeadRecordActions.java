package com.nexuscrm.ui.leads;

import com.nexuscrm.domain.RecordRef;
import com.nexuscrm.ui.common.ScreenLifecycle;
import com.nexuscrm.ui.convert.ConvertLeadWindow;
import com.nexuscrm.ui.merge.MergeWindow;
import java.util.List;
import com.nexuscrm.domain.campaign.PersonRef;
import com.nexuscrm.ui.campaigns.EnrolPeopleViewModel;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The inbox's record actions: Convert the selected open lead (Ctrl+Shift+C) and Merge two selected leads
 * (Ctrl+Shift+M); each button is enabled only when its selection fits; "Enrol in campaign" for every selected lead. The dialogs live in {@code ui.convert} and
 * {@code ui.merge}; the inbox updates the rows they changed.
 */
public record LeadRecordActions(ConvertLeadWindow convert, MergeWindow merge, EnrolPeopleViewModel campaigns) {
    /** "Enrol in campaign": one item per campaign (read again when the menu opens), for the selected leads. */
    void bindCampaigns(TableView<LeadItem> table, MenuButton menu) {
        menu.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        campaigns.plans().addListener((ListChangeListener<EnrolPeopleViewModel.PlanChoice>) change -> {
            menu.getItems().setAll(campaigns.plans().stream().map(plan -> {
                MenuItem item = new MenuItem(plan.name());
                item.setOnAction(e -> campaigns.enrol(plan, table.getSelectionModel().getSelectedItems().stream()
                        .map(i -> PersonRef.lead(i.row().id())).toList()));
                return item;
            }).toList());
            if (menu.getItems().isEmpty()) {
                MenuItem none = new MenuItem("No campaigns yet: create one on the Campaigns screen");
                none.setDisable(true);
                menu.getItems().add(none);
            }
        });
        menu.setOnShowing(e -> campaigns.loadPlans());
        ScreenLifecycle.whenShown(menu, campaigns::loadPlans); // a campaign created meanwhile is offered
    }

    void bind(LeadsViewModel model, TableView<LeadItem> table, Button convertButton, Button mergeButton) {
        var selection = table.getSelectionModel().getSelectedItems();
        convertButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> selection.size() != 1 || !selection.get(0).row().status().isOpen(), selection));
        mergeButton.disableProperty().bind(javafx.beans.binding.Bindings.size(selection).isNotEqualTo(2));
        convertButton.setOnAction(e -> convertSelected(table));
        mergeButton.setOnAction(e -> mergeSelected(model, table));
        ScreenLifecycle.whenShownIn(table, scene -> {
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                    () -> { if (!convertButton.isDisabled()) { convertSelected(table); } });
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                    () -> { if (!mergeButton.isDisabled()) { mergeSelected(model, table); } });
        });
    }

    private void convertSelected(TableView<LeadItem> table) {
        convert.show(table.getScene().getWindow(), table.getSelectionModel().getSelectedItem().row().id());
    }

    private void mergeSelected(LeadsViewModel model, TableView<LeadItem> table) {
        List<LeadItem> two = List.copyOf(table.getSelectionModel().getSelectedItems());
        merge.show(table.getScene().getWindow(), RecordRef.lead(two.get(0).row().id()), RecordRef.lead(two.get(1).row().id()),
                merged -> model.rowsChanged(List.of(merged.survivor().id()), List.of(merged.merged().id())));
    }
}
