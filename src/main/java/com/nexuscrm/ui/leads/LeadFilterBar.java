package com.nexuscrm.ui.leads;

import com.nexuscrm.domain.LeadStatus;
import com.nexuscrm.ui.common.Labels;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;

/** The inbox's filter row, bound both ways to the properties of {@link LeadFilters}. */
final class LeadFilterBar {
    private LeadFilterBar() {
    }

    static void bind(LeadFilters filters, TextField search, ComboBox<SavedFilter> savedFilter, ComboBox<LeadStatus> status,
            ComboBox<String> source, ComboBox<OwnerChoice> owner, CheckBox openOnly) {
        search.textProperty().bindBidirectional(filters.searchProperty());
        savedFilter.setItems(filters.savedFilters());
        savedFilter.valueProperty().bindBidirectional(filters.savedFilterProperty());
        status.getItems().add(null);
        status.getItems().addAll(LeadStatus.values());
        status.valueProperty().bindBidirectional(filters.statusProperty());
        status.setConverter(Labels.converter(s -> s.label(), "Any status"));
        source.setItems(filters.sourceChoices()); // the team's lead sources, kept current by the app
        source.setVisibleRowCount(14); // the built-in nine and a few of the team's own without scrolling
        source.valueProperty().bindBidirectional(filters.sourceProperty());
        source.setConverter(Labels.converter(filters::sourceLabel, "Any source"));
        owner.setItems(filters.ownerChoices());
        owner.valueProperty().bindBidirectional(filters.ownerProperty());
        openOnly.selectedProperty().bindBidirectional(filters.openOnlyProperty());
    }
}
