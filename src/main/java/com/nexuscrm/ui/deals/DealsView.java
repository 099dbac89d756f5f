package com.nexuscrm.ui.deals;

import atlantafx.base.theme.Styles;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.ui.common.ScreenLifecycle;
import java.util.ArrayList;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;

/**
 * The Deals section: Board | List over the same filtered deals, "New deal" (Ctrl+N), and room on the right of
 * the split pane for the deal's detail ({@link DealDetailLink}). The board is {@link DealBoard}, the list {@link DealsTable}.
 */
public final class DealsView {
    private final DealsViewModel model;
    private final DealDetailViewModel detail;
    @FXML private Label summary;
    @FXML private ToggleButton boardToggle;
    @FXML private ToggleButton listToggle;
    @FXML private Button newDeal;
    @FXML private ChoiceBox<DealFilter.Scope> scope;
    @FXML private ComboBox<DealStage> stage;
    @FXML private ChoiceBox<DealFilter.Closing> closing;
    @FXML private TextField search;
    @FXML private ScrollPane board;
    @FXML private HBox boardColumns;
    @FXML private TableView<DealLine> table;
    @FXML private javafx.scene.control.SplitPane split;
    @FXML private javafx.scene.Node detailPane;
    private static final KeyCombination NEW_DEAL = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private final Runnable newDealKey = this::onNewDeal;
    private boolean showingFilter;

    public DealsView(DealsViewModel model, DealDetailViewModel detail) {
        this.model = model;
        this.detail = detail;
    }

    @FXML
    private void initialize() {
        summary.textProperty().bind(model.summaryProperty());
        bindToggle();
        bindFilters();
        new DealBoard(model, boardColumns).bind();
        DealsTable.bind(model, table);
        DealDetailLink.bind(model, detail, split, detailPane, boardToggle, board);
        ScreenLifecycle.whileShown(table, model);
        // Ctrl+N means "new deal" only while the section is shown; the leads inbox puts its own on show
        table.sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.getAccelerators().remove(NEW_DEAL, newDealKey);
            }
            if (now != null) {
                now.getAccelerators().put(NEW_DEAL, newDealKey);
            }
        });
    }

    private void bindToggle() {
        ToggleGroup group = new ToggleGroup();
        boardToggle.setToggleGroup(group);
        listToggle.setToggleGroup(group);
        boardToggle.getStyleClass().add(Styles.LEFT_PILL);
        listToggle.getStyleClass().add(Styles.RIGHT_PILL);
        newDeal.getStyleClass().add(Styles.ACCENT);
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one of the two is always on
            }
        });
        board.visibleProperty().bind(boardToggle.selectedProperty());
        table.visibleProperty().bind(listToggle.selectedProperty());
    }

    private void bindFilters() {
        scope.getItems().setAll(DealFilter.Scope.values());
        closing.getItems().setAll(DealFilter.Closing.values());
        List<DealStage> stages = new ArrayList<>();
        stages.add(null);
        stages.addAll(List.of(DealStage.values()));
        stage.getItems().setAll(stages);
        stage.setCellFactory(l -> new StageCell());
        stage.setButtonCell(new StageCell());
        show(model.filterProperty().get());
        model.filterProperty().addListener((o, was, now) -> show(now));
        scope.valueProperty().addListener((o, was, now) -> apply());
        stage.valueProperty().addListener((o, was, now) -> apply());
        closing.valueProperty().addListener((o, was, now) -> apply());
        search.textProperty().addListener((o, was, now) -> apply());
    }

    /** The controls show the model's filter (it clears them to reveal a deal opened from elsewhere). */
    private void show(DealFilter filter) {
        showingFilter = true;
        scope.setValue(filter.scope());
        stage.setValue(filter.stage());
        closing.setValue(filter.closing());
        search.setText(filter.search());
        showingFilter = false;
    }

    private void apply() {
        if (!showingFilter) {
            model.filterProperty().set(new DealFilter(scope.getValue(), stage.getValue(), closing.getValue(),
                    search.getText()));
        }
    }

    @FXML
    private void onNewDeal() {
        NewDealDialog.open(table.getScene().getWindow(), model.newDeal());
    }

    /** The team's name for a stage in the filter; "All stages" for none. */
    private final class StageCell extends ListCell<DealStage> {
        @Override
        protected void updateItem(DealStage item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item == null ? "All stages" : model.stages().stream()
                    .filter(s -> s.stage() == item).map(PipelineStage::label).findFirst().orElse(item.label()));
        }
    }
}
