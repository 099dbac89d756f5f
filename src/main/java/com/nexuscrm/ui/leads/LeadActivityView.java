package com.nexuscrm.ui.leads;

import com.nexuscrm.ui.activity.TimelinePane;
import com.nexuscrm.ui.activity.TimelineViewModel;
import javafx.fxml.FXML;
import javafx.scene.layout.StackPane;

/** The lead detail's Activity tab: the lead's timeline and log form ({@link TimelinePane}). */
public final class LeadActivityView {
    private final TimelineViewModel model;
    private TimelinePane pane;
    @FXML private StackPane host;

    public LeadActivityView(TimelineViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        pane = TimelinePane.of(model);
        host.getChildren().add(pane);
    }

    /** Runs when Ctrl+L opened the log form, so the detail pane can bring this tab forward. */
    void setOnLogStarted(Runnable shown) {
        pane.setOnLogStarted(shown);
    }
}
