package com.nexuscrm.ui.campaigns;

import com.nexuscrm.ui.common.Screen;
import com.nexuscrm.ui.common.TableFit;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;

/**
 * The selected campaign's replies: when, who, intent, confidence, the recommended action and whether it was done; the
 * selected reply's text and reason below, with "Do it" while its action waits for a person.
 */
public final class CampaignRepliesView {
    public static final Screen<CampaignRepliesViewModel> SCREEN = Screen.of("CampaignRepliesView", CampaignRepliesViewModel.class);

    private final CampaignRepliesViewModel model;
    @FXML private Label summary;
    @FXML private TableView<ReplyRow> table;
    @FXML private Label reason;
    @FXML private TextArea text;
    @FXML private Button doIt;
    @FXML private Label notice;

    public CampaignRepliesView(CampaignRepliesViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        table.getColumns().setAll(List.of(CampaignColumns.text("Received", ReplyRow::receivedText, 120),
                CampaignColumns.text("Person", ReplyRow::person, 135), CampaignColumns.text("Intent", ReplyRow::intent, 105),
                CampaignColumns.text("Sure", ReplyRow::confidence, 55),
                CampaignColumns.text("Recommended", ReplyRow::action, 130),
                CampaignColumns.text("Done?", ReplyRow::status, 185)));
        TableFit.fit(table);
        table.setItems(model.rows());
        CampaignColumns.bindSelection(table, model.selectedProperty());
        summary.textProperty().bind(model.summaryProperty());
        reason.textProperty().bind(Bindings.createStringBinding(() -> model.selectedProperty().get() == null ? ""
                : model.selectedProperty().get().reason(), model.selectedProperty()));
        text.textProperty().bind(Bindings.createStringBinding(() -> model.selectedProperty().get() == null ? ""
                : model.selectedProperty().get().text(), model.selectedProperty()));
        doIt.textProperty().bind(Bindings.createStringBinding(() -> model.selectedProperty().get() == null ? "Do it"
                : "Do it: " + model.selectedProperty().get().action(), model.selectedProperty()));
        doIt.disableProperty().bind(model.canDoProperty().not());
        notice.textProperty().bind(model.noticeProperty());
    }

    @FXML
    private void onDoIt() {
        model.doIt();
    }
}
