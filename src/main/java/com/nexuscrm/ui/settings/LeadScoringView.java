package com.nexuscrm.ui.settings;

import javafx.fxml.FXML;

/** Settings → Lead scoring: the shared {@link ModelTrainingView} over the lead models. */
public final class LeadScoringView {
    private final ModelTrainingViewModel model;
    @FXML private ModelTrainingView trainingController;

    public LeadScoringView(ModelTrainingViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        trainingController.show(model);
    }
}
