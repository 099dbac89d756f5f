package com.nexuscrm.ui.convert;

import com.nexuscrm.ui.common.ViewLoader;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens the conversion dialog for one lead in a window of its own, modal to the main window. */
public final class ConvertLeadWindow {
    private final ViewLoader views;
    private final Supplier<ConvertLeadViewModel> models;

    public ConvertLeadWindow(ViewLoader views, Supplier<ConvertLeadViewModel> models) {
        this.views = views;
        this.models = models;
    }

    public void show(Window owner, UUID leadId) {
        ConvertLeadViewModel model = models.get();
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Convert lead");
        Scene scene = new Scene(views.load(ConvertLeadView.SCREEN, model));
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        model.load(leadId);
        stage.show();
    }
}
