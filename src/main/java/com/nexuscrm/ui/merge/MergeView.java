package com.nexuscrm.ui.merge;

import atlantafx.base.theme.Styles;
import com.nexuscrm.ui.common.Screen;
import com.nexuscrm.ui.merge.MergeViewModel.Row;
import com.nexuscrm.ui.merge.MergeViewModel.Side;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;

/** The merge dialog: which record stays, and a radio choice per differing field between the two values. */
public final class MergeView {
    public static final Screen<MergeViewModel> SCREEN = Screen.of("MergeView", MergeViewModel.class);

    private final MergeViewModel model;
    @FXML private Label note;
    @FXML private RadioButton keepFirst;
    @FXML private RadioButton keepSecond;
    @FXML private GridPane fields;
    @FXML private Label problem;
    @FXML private ProgressIndicator busy;
    @FXML private Button mergeButton;

    public MergeView(MergeViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        note.textProperty().bind(model.noteProperty());
        keepFirst.textProperty().bind(model.firstTitleProperty());
        keepSecond.textProperty().bind(model.secondTitleProperty());
        bindSide(new ToggleGroup(), keepFirst, keepSecond, model.survivorProperty());
        problem.textProperty().bind(model.problemProperty());
        problem.getStyleClass().add(Styles.DANGER);
        busy.visibleProperty().bind(model.busyProperty());
        mergeButton.disableProperty().bind(model.busyProperty());
        mergeButton.getStyleClass().add(Styles.ACCENT);
        model.rows().addListener((ListChangeListener<Row>) c -> showRows());
        model.doneProperty().addListener((o, was, done) -> {
            if (done) {
                close();
            }
        });
    }

    private void showRows() {
        fields.getChildren().clear();
        int at = 0;
        for (Row row : model.rows()) {
            Label name = new Label(row.label());
            name.getStyleClass().add(Styles.TEXT_BOLD);
            RadioButton first = choice(row, Side.FIRST);
            RadioButton second = choice(row, Side.SECOND);
            bindSide(new ToggleGroup(), first, second, row.pickProperty());
            fields.addRow(at++, name, first, second);
        }
    }

    private static RadioButton choice(Row row, Side side) {
        String value = row.value(side);
        RadioButton b = new RadioButton(value.isEmpty() ? "(empty)" : value);
        b.setId("merge-" + row.field() + "-" + side.name().toLowerCase());
        b.setWrapText(true);
        b.setMaxWidth(280);
        return b;
    }

    /** Two radio buttons kept in step with a side property, both ways. */
    private static void bindSide(ToggleGroup group, RadioButton first, RadioButton second,
                                 javafx.beans.property.ObjectProperty<Side> side) {
        first.setToggleGroup(group);
        second.setToggleGroup(group);
        group.selectToggle(side.get() == Side.FIRST ? first : second);
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                side.set(now == first ? Side.FIRST : Side.SECOND);
            }
        });
        side.addListener((o, was, now) -> {
            Toggle wanted = now == Side.FIRST ? first : second;
            if (group.getSelectedToggle() != wanted) {
                group.selectToggle(wanted);
            }
        });
    }

    @FXML
    private void onMerge() {
        model.merge();
    }

    @FXML
    private void onCancel() {
        close();
    }

    private void close() {
        ((Stage) note.getScene().getWindow()).close();
    }
}
