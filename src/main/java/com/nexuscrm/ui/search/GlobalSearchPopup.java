package com.nexuscrm.ui.search;

import com.nexuscrm.search.SearchHit;
import com.nexuscrm.search.SearchKind;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.StageStyle;

/**
 * The Ctrl+K search popup over the main window: a query field, type filters, the ranked results with their
 * matched words in bold. Built in code rather than FXML: it is a window of its own, opened from anywhere.
 */
public final class GlobalSearchPopup {
    public static final KeyCombination SHORTCUT = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);

    private final Stage stage = new Stage(StageStyle.UTILITY);
    private final GlobalSearchViewModel model;
    private final TextField field = new TextField();
    private final ListView<SearchHit> list = new ListView<>();

    private GlobalSearchPopup(Scene owner, GlobalSearchViewModel model) {
        this.model = model;
        stage.initOwner(owner.getWindow());
        stage.setTitle("Search");
        field.setId("global-search-field");
        field.setPromptText("Search everything…");
        field.textProperty().bindBidirectional(model.queryProperty());
        list.setId("global-search-results");
        list.setItems(model.results());
        list.setCellFactory(v -> new HitCell());
        list.setFocusTraversable(false);
        model.selectedProperty().addListener((o, was, now) -> {
            list.getSelectionModel().clearAndSelect(now.intValue());
            list.scrollTo(Math.max(0, now.intValue()));
        });
        list.setOnMouseClicked(e -> {
            model.selectedProperty().set(list.getSelectionModel().getSelectedIndex());
            if (e.getClickCount() == 2) {
                open();
            }
        });
        Label status = new Label();
        status.getStyleClass().add("text-muted");
        status.textProperty().bind(model.statusProperty());
        Button rebuild = new Button("Rebuild index");
        rebuild.setOnAction(e -> model.rebuild());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        VBox root = new VBox(8, field, filters(), list, new HBox(8, status, gap, rebuild));
        root.setStyle("-fx-padding: 12;");
        VBox.setVgrow(list, Priority.ALWAYS);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        Scene scene = new Scene(root, 720, 480);
        scene.getStylesheets().addAll(owner.getStylesheets());
        stage.setScene(scene);
    }

    /** Ctrl+K on {@code scene} opens the popup for the open workspace ({@code models} gives null before one is open). */
    public static void install(Scene scene, Supplier<GlobalSearchViewModel> models) {
        GlobalSearchPopup[] shown = {null};
        scene.getAccelerators().put(SHORTCUT, () -> {
            GlobalSearchViewModel model = models.get();
            if (model == null) {
                return;
            }
            if (shown[0] == null || shown[0].model != model) {
                shown[0] = new GlobalSearchPopup(scene, model);
            }
            shown[0].show();
        });
    }

    private void show() {
        stage.show();
        stage.toFront();
        field.requestFocus();
        field.selectAll();
        model.opened();
    }

    private FlowPane filters() {
        FlowPane pane = new FlowPane(6, 6);
        for (SearchKind k : SearchKind.values()) {
            ToggleButton b = new ToggleButton(k.plural());
            b.setFocusTraversable(false);
            b.selectedProperty().bindBidirectional(model.filter(k));
            pane.getChildren().add(b);
        }
        return pane;
    }

    private void key(KeyEvent e) {
        switch (e.getCode()) {
            case DOWN -> model.moveSelection(1);
            case UP -> model.moveSelection(-1);
            case ENTER -> open();
            case ESCAPE -> stage.hide();
            default -> { return; }
        }
        e.consume();
    }

    private void open() {
        if (model.openSelected()) {
            stage.hide();
        }
    }

    private static final class HitCell extends ListCell<SearchHit> {
        @Override
        protected void updateItem(SearchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            if (empty || hit == null) { setGraphic(null); return; }
            Label kind = new Label(hit.kind().singular());
            kind.getStyleClass().add("text-muted");
            kind.setMinWidth(80);
            TextFlow title = flow(hit.title(), "-fx-font-size: 1.05em;");
            TextFlow snippet = flow(hit.snippet(), "");
            snippet.setMaxWidth(600);
            setGraphic(new HBox(8, kind, new VBox(2, title, snippet)));
        }

        private static TextFlow flow(java.util.List<SearchHit.Span> spans, String style) {
            TextFlow flow = new TextFlow();
            for (SearchHit.Span s : spans) {
                Text t = new Text(s.text());
                t.getStyleClass().add("text");
                t.setStyle(style + (s.match() ? "-fx-font-weight: bold; -fx-fill: -color-accent-fg;" : "-fx-fill: -color-fg-default;"));
                flow.getChildren().add(t);
            }
            return flow;
        }
    }
}
