package com.nexuscrm.ui.merge;

import com.nexuscrm.domain.RecordRef;
import com.nexuscrm.ui.common.TaskExecutor;
import com.nexuscrm.ui.common.ViewLoader;
import com.nexuscrm.usecase.MergeRecords;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The public entry point of merging in the window, for any screen with two selected records of one kind: the
 * leads inbox, and the contacts and accounts lists. {@code AppContext} builds one per session; a screen calls
 * {@link #show} with the two records and what to do after the merge (reload its rows).
 */
public final class MergeWindow {
    private final ViewLoader views;
    private final MergeRecords merge;
    private final TaskExecutor tasks;

    public MergeWindow(ViewLoader views, MergeRecords merge, TaskExecutor tasks) {
        this.views = views;
        this.merge = merge;
        this.tasks = tasks;
    }

    /**
     * Opens the merge dialog for {@code first} and {@code second} (a lead, contact or account each, of the same
     * kind), modal to {@code owner}. {@code onMerged} runs on the FX thread after a merge, with what it did.
     */
    public void show(Window owner, RecordRef first, RecordRef second, Consumer<MergeRecords.Merged> onMerged) {
        MergeViewModel model = new MergeViewModel(merge, tasks, first, second, onMerged);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Merge two " + model.kindLabel() + "s");
        Scene scene = new Scene(views.load(MergeView.SCREEN, model));
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        model.load();
        stage.show();
    }
}
