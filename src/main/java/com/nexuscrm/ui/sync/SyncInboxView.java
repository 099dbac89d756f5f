package com.nexuscrm.ui.sync;

import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.ui.common.ScreenLifecycle;
import com.nexuscrm.sync.HeldRecord;
import com.nexuscrm.sync.RejectionItem;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import com.nexuscrm.sync.ConflictItem;

/** Binds the Sync inbox's two lists to {@link SyncInboxViewModel}; follows sync only while on screen. */
public final class SyncInboxView {
    private final SyncInboxViewModel model;
    private final SyncStatusText text = new SyncStatusText(Formats.user());
    @FXML private Tab conflictsTab;
    @FXML private Tab rejectionsTab;
    @FXML private Tab heldTab;
    @FXML private TableView<HeldRecord> held;
    @FXML private ListView<ConflictItem> conflicts;
    @FXML private TableView<RejectionItem> rejections;
    @FXML private Button dismiss;
    @FXML private TextArea details;

    public SyncInboxView(SyncInboxViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        conflicts.setItems(model.conflicts());
        conflicts.setCellFactory(list -> new ConflictCell(model, text));
        conflictsTab.textProperty().bind(model.conflictsTitle());
        rejectionsTab.textProperty().bind(model.rejectionsTitle());
        rejections.getColumns().setAll(List.of(column("Record type", RejectionItem::entity, 110),
                column("Change", r -> r.op().charAt(0) + r.op().substring(1).toLowerCase(), 80),
                column("Record", RejectionItem::recordTitle, 150),
                column("Why the server refused it", RejectionItem::reason, 380),
                column("When", r -> text.when(r.rejectedAt()), 110)));
        rejections.setItems(model.rejections());
        rejections.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        var selected = rejections.getSelectionModel().selectedItemProperty();
        dismiss.disableProperty().bind(selected.isNull());
        selected.addListener((o, old, item) -> details.setText(item == null ? ""
                : item.reason() + "\n\n" + item.entity() + " " + item.recordTitle() + " (" + item.recordId() + "), fields sent:\n"
                  + (item.fields() == null ? "(none)" : item.fields())));
        heldTab.textProperty().bind(model.heldTitle());
        held.getColumns().setAll(List.of(column("Record type", HeldRecord::entity, 110),
                column("Record", h -> h.recordId().toString(), 150),
                column("Why it was held back", HeldRecord::reason, 420),
                column("Received", h -> text.when(h.receivedAt()), 110)));
        held.setItems(model.held());
        held.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ScreenLifecycle.whileShown(conflicts, model);
    }

    @FXML
    private void onDismiss() {
        RejectionItem item = rejections.getSelectionModel().getSelectedItem();
        if (item != null) {
            model.dismiss(item);
        }
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
