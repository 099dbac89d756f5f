package com.nexuscrm.ui.transfer;

import com.nexuscrm.ui.common.ViewLoader;
import java.io.File;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Asks for a CSV file, then shows the import dialog for it in its own window. */
public final class ImportWindow {
    private final ViewLoader views;
    private final Supplier<ImportViewModel> models;

    public ImportWindow(ViewLoader views, Supplier<ImportViewModel> models) {
        this.views = views;
        this.models = models;
    }

    public void show(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose a CSV file");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV files", "*.csv", "*.txt"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            show(owner, file);
        }
    }

    /** Opens the dialog on a given file (also used by tests, which cannot drive a native file chooser). */
    public void show(Window owner, File file) {
        ImportViewModel model = models.get();
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(model.title());
        Scene scene = new Scene(views.load(ImportView.SCREEN, model), 900, 600);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        model.open(file.toPath());
        stage.show();
    }
}
