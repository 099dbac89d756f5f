package com.nexuscrm.ui.campaigns;

import com.nexuscrm.ui.common.Screen;
import com.nexuscrm.ui.common.TableFit;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;

/** The selected campaign's Optimisation tab (see {@link CampaignOptimisationViewModel}). */
public final class CampaignOptimisationView {
    public static final Screen<CampaignOptimisationViewModel> SCREEN = Screen.of("CampaignOptimisationView",
            CampaignOptimisationViewModel.class);

    private final CampaignOptimisationViewModel model;
    @FXML private Label summary;
    @FXML private TableView<OptimisationRow> table;

    public CampaignOptimisationView(CampaignOptimisationViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        table.getColumns().setAll(List.of(CampaignColumns.text("Choice", OptimisationRow::dimension, 200),
                CampaignColumns.text("Arm", OptimisationRow::arm, 110), CampaignColumns.text("Touches", OptimisationRow::touches, 75),
                CampaignColumns.text("Replies", OptimisationRow::replies, 70),
                CampaignColumns.text("Reply rate", OptimisationRow::rate, 90),
                CampaignColumns.text("90% interval", OptimisationRow::interval, 120),
                CampaignColumns.text("Uplift vs even split", OptimisationRow::uplift, 150)));
        TableFit.fit(table);
        table.setItems(model.rows());
        ((Label) table.getPlaceholder()).setText(CampaignOptimisationViewModel.EMPTY);
        summary.textProperty().bind(model.summaryProperty());
    }
}
