package com.nexuscrm.ui.leads;

import com.nexuscrm.domain.LeadStatus;
import com.nexuscrm.ui.common.Labels;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;

/** The inbox's filter row, bound both ways to {@link LeadsViewModel}'s filter properties. */
final class LeadFilterBar {
    private LeadFilterBar() {
    }

    static void bind(LeadsViewModel model, TextField search, ComboBox<SavedFilter> savedFilter, ComboBox<LeadStatus> status,
            ComboBox<String> source, ComboBox<OwnerChoice> owner, CheckBox openOnly) {
        search.textProperty().bindBidirectional(model.searchProperty());
        savedFilter.setItems(model.savedFilters());
        savedFilter.valueProperty().bindBidirectional(model.savedFilterProperty());
        status.getItems().add(null);
        status.getItems().addAll(LeadStatus.values());
        status.valueProperty().bindBidirectional(model.statusProperty());
        status.setConverter(Labels.converter(s -> s.label(), "Any status"));
        source.setItems(model.sourceChoices()); // the team's lead sources, kept current by the app
        source.setVisibleRowCount(14); // the built-in nine and a few of the team's own without scrolling
        source.valueProperty().bindBidirectional(model.sourceProperty());
        source.setConverter(Labels.converter(model::sourceLabel, "Any source"));
        owner.setItems(model.ownerChoices());
        owner.valueProperty().bindBidirectional(model.ownerProperty());
        openOnly.selectedProperty().bindBidirectional(model.openOnlyProperty());
    }
}
