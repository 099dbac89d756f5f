package com.nexuscrm.ui.settings;

import javafx.fxml.FXML;

/** Settings → Deal scoring: the shared {@link ModelTrainingView} over the deal models (win probability and close date). */
public final class DealScoringView {
    private final ModelTrainingViewModel model;
    @FXML private ModelTrainingView trainingController;

    public DealScoringView(ModelTrainingViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        trainingController.show(model);
    }
}
