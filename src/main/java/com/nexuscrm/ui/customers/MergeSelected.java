package com.nexuscrm.ui.customers;

import com.nexuscrm.domain.RecordRef;
import com.nexuscrm.ui.merge.MergeWindow;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;

/** "Merge…" on a customers list: enabled while exactly two rows are selected; opens the merge dialog for them. */
final class MergeSelected {
    private MergeSelected() { }

    static <R> void bind(TableView<R> table, Button button, MergeWindow merge, Function<R, RecordRef> ref, Runnable onMerged) {
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        button.disableProperty().bind(Bindings.size(table.getSelectionModel().getSelectedItems()).isNotEqualTo(2));
        button.setOnAction(e -> {
            List<R> two = List.copyOf(table.getSelectionModel().getSelectedItems());
            if (two.size() == 2) {
                merge.show(table.getScene().getWindow(), ref.apply(two.get(0)), ref.apply(two.get(1)), merged -> onMerged.run());
            }
        });
    }
}
