package com.nexuscrm.ui.today;

import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.ui.common.ScreenLifecycle;
import com.nexuscrm.domain.LeadCounts;
import com.nexuscrm.domain.LeadRow;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/** Counts of waiting leads and the rep's newest unworked leads. */
public final class TodayView {
    private final TodayViewModel model;
    @FXML private Label greeting;
    @FXML private Label myOpen;
    @FXML private Label myNew;
    @FXML private Label unassigned;
    @FXML private Label allOpen;
    @FXML private ListView<LeadRow> newest;

    public TodayView(TodayViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        greeting.setText(model.greeting());
        model.countsProperty().addListener((o, a, counts) -> show(counts));
        newest.setItems(model.newest());
        newest.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(LeadRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.fullName() + "  ·  "
                        + (row.title() == null ? "" : row.title() + ", ") + (row.company() == null ? "" : row.company()));
            }
        });
        ScreenLifecycle.whenShown(newest, model::refresh);
    }

    private void show(LeadCounts counts) {
        myOpen.setText(counts == null ? "–" : Formats.user().count(counts.myOpen()));
        myNew.setText(counts == null ? "–" : Formats.user().count(counts.myNew()));
        unassigned.setText(counts == null ? "–" : Formats.user().count(counts.unassignedOpen()));
        allOpen.setText(counts == null ? "–" : Formats.user().count(counts.allOpen()));
    }
}
