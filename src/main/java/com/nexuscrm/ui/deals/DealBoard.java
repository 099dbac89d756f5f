package com.nexuscrm.ui.deals;

import java.util.UUID;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The board: a column per stage, each a virtualised {@link ListView} of cards (10,000 deals make as many
 * nodes as fit on screen). A card is dragged with a press-drag-release gesture within the window (no system
 * drag and drop, which headless and remote sessions lack); Ctrl+Right / Ctrl+Left move the selected card.
 */
final class DealBoard {
    static final double CARD_HEIGHT = 118;
    private final DealsViewModel model;
    private final HBox host;
    /** The card being dragged, from the press on its cell to the release on a column. */
    private UUID dragging;
    private boolean selecting;

    DealBoard(DealsViewModel model, HBox host) {
        this.model = model;
        this.host = host;
    }

    void bind() {
        model.columns().addListener((ListChangeListener<StageColumn>) c -> build());
        model.revealRequestProperty().addListener((o, was, id) -> reveal(id));
        build();
    }

    private void build() {
        host.getChildren().setAll(model.columns().stream().map(this::column).toList());
        reveal(model.selectedProperty().get());
    }

    private VBox column(StageColumn column) {
        Label title = new Label(column.label());
        title.getStyleClass().add("deal-column-title");
        Label summary = new Label();
        summary.textProperty().bind(column.summaryProperty());
        summary.getStyleClass().addAll("text-muted", "deal-column-summary");
        ListView<DealLine> cards = new ListView<>(column.cards());
        cards.setId("deal-column-" + column.stage().name());
        cards.setFixedCellSize(CARD_HEIGHT);
        cards.setCellFactory(l -> new DealCardCell(model, this::startDrag));
        cards.setPlaceholder(new Label(column.stage().isClosed() ? "Drop a deal here to close it" : "No deals"));
        cards.getStyleClass().add("deal-cards");
        VBox.setVgrow(cards, Priority.ALWAYS);
        VBox box = new VBox(2, title, summary, cards);
        box.getStyleClass().add("deal-column");
        box.setUserData(column.stage());
        box.setMinWidth(165);
        box.setPrefWidth(220);
        HBox.setHgrow(box, Priority.ALWAYS);
        acceptDrops(box, column);
        followSelection(cards);
        cards.addEventFilter(KeyEvent.KEY_PRESSED, e -> key(cards, e));
        return box;
    }

    private void startDrag(UUID dealId) {
        dragging = dealId;
    }

    private void acceptDrops(VBox box, StageColumn column) {
        // filters, not handlers: the list inside may consume the release before it bubbles up to the column
        box.addEventFilter(MouseDragEvent.MOUSE_DRAG_ENTERED, e -> box.getStyleClass().add("deal-column-drop"));
        box.addEventFilter(MouseDragEvent.MOUSE_DRAG_EXITED, e -> box.getStyleClass().remove("deal-column-drop"));
        box.addEventFilter(MouseDragEvent.MOUSE_DRAG_RELEASED, e -> {
            box.getStyleClass().remove("deal-column-drop");
            UUID id = dragging;
            dragging = null;
            model.selectedProperty().set(id);
            model.moveTo(id, column.stage());
        });
    }

    private void followSelection(ListView<DealLine> cards) {
        cards.getSelectionModel().selectedItemProperty().addListener((o, was, line) -> {
            if (line != null && !selecting) {
                model.selectedProperty().set(line.id());
                host.getChildren().forEach(n -> {
                    ListView<?> other = listOf(n);
                    if (other != cards) {
                        other.getSelectionModel().clearSelection();
                    }
                });
            }
        });
    }

    private void key(ListView<DealLine> cards, KeyEvent e) {
        DealLine line = cards.getSelectionModel().getSelectedItem();
        if (line != null && e.isShortcutDown() && (e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.LEFT)) {
            e.consume();
            model.moveBy(line.id(), e.getCode() == KeyCode.RIGHT ? 1 : -1);
        }
    }

    /** Selects and scrolls to the card of this deal, in whichever column holds it now, and focuses it. */
    @SuppressWarnings("unchecked")
    private void reveal(UUID id) {
        if (id == null) {
            return;
        }
        selecting = true;
        try {
            host.getChildren().forEach(n -> {
                ListView<DealLine> cards = (ListView<DealLine>) listOf(n);
                int at = indexOf(cards, id);
                if (at < 0) {
                    cards.getSelectionModel().clearSelection();
                } else {
                    cards.getSelectionModel().clearAndSelect(at);
                    cards.scrollTo(Math.max(0, at - 1));
                    if (host.getScene() != null && host.isVisible()) {
                        cards.requestFocus();
                    }
                }
            });
        } finally {
            selecting = false;
        }
    }

    private static int indexOf(ListView<DealLine> cards, UUID id) {
        for (int i = 0; i < cards.getItems().size(); i++) {
            if (cards.getItems().get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static ListView<?> listOf(javafx.scene.Node column) {
        return (ListView<?>) ((VBox) column).getChildren().get(2);
    }
}
