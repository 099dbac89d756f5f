package com.nexuscrm.ui.transfer;

import com.nexuscrm.transfer.CsvExporter;
import com.nexuscrm.transfer.RecordKind;
import com.nexuscrm.ui.common.DialogService;
import com.nexuscrm.ui.common.TaskExecutor;
import java.io.File;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks where to save, then exports every live record of one kind to CSV in the background. */
public final class ExportAction {
    private final CsvExporter exporter;
    private final RecordKind kind;
    private final TaskExecutor tasks;
    private final DialogService dialogs;

    public ExportAction(CsvExporter exporter, RecordKind kind, TaskExecutor tasks, DialogService dialogs) {
        this.exporter = exporter;
        this.kind = kind;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    public void run(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + kind.name().toLowerCase() + " to CSV");
        chooser.setInitialFileName(kind.name().toLowerCase() + ".csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv"));
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            exportTo(file);
        }
    }

    /** Exports to a given file (also used by tests, which cannot drive a native file chooser). */
    public void exportTo(File file) {
        tasks.run("Exporting " + kind.name().toLowerCase(), p -> exporter.export(kind, file.toPath(), p),
                count -> dialogs.showInfo("Export finished", String.format("Exported %,d %s to %s", count,
                        kind.name().toLowerCase(), file)),
                e -> dialogs.showError("Export failed", e.getMessage()));
    }
}
