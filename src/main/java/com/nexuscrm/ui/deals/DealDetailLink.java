package com.nexuscrm.ui.deals;

import java.util.UUID;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * Ties the deal detail to the pipeline. In the list the detail sits beside the rows and follows the selection.
 * On the board it takes no room until a card is opened (double-click or Enter), so the columns keep the width
 * that dragging needs; Esc on the board puts it away. The detail asks about unsaved edits before showing another
 * deal ("Stay" selects the deal still shown again); a deal moved or closed on the board is read again when the
 * detail shows it without edits (so a later save cannot put the old stage back); a save reloads the pipeline.
 */
final class DealDetailLink {
    private final DealsViewModel deals;
    private final DealDetailViewModel detail;
    private final SplitPane split;
    private final Node pane;
    private final ToggleButton boardToggle;
    private boolean openOnBoard;
    private boolean restoring;

    private DealDetailLink(DealsViewModel deals, DealDetailViewModel detail, SplitPane split, Node pane,
                           ToggleButton boardToggle) {
        this.deals = deals;
        this.detail = detail;
        this.split = split;
        this.pane = pane;
        this.boardToggle = boardToggle;
    }

    static void bind(DealsViewModel deals, DealDetailViewModel detail, SplitPane split, Node pane,
                     ToggleButton boardToggle, Node board) {
        DealDetailLink link = new DealDetailLink(deals, detail, split, pane, boardToggle);
        deals.selectedProperty().addListener((o, was, id) -> link.follow(was, id));
        deals.setOnMoved(link::moved);
        detail.setOnSaved(saved -> {
            deals.load();
            deals.select(saved.getId());
        });
        boardToggle.selectedProperty().addListener((o, was, now) -> link.place());
        board.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getClickCount() == 2) {
                link.openOnBoard(true);
            }
        });
        board.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.ESCAPE) {
                link.openOnBoard(e.getCode() == KeyCode.ENTER);
            }
        });
        link.place();
    }

    private boolean showing() {
        return !boardToggle.isSelected() || openOnBoard;
    }

    private void openOnBoard(boolean open) {
        openOnBoard = open;
        place();
    }

    /** The detail is in the split pane while it is showing, and reads the selected deal when it comes back. */
    private void place() {
        boolean shown = split.getItems().contains(pane);
        if (showing() && !shown) {
            split.getItems().add(pane);
            split.setDividerPositions(0.58);
            UUID id = deals.selectedProperty().get();
            if (id != null && !detail.shows(id)) {
                detail.open(id, () -> { });
            }
        } else if (!showing() && shown) {
            split.getItems().remove(pane);
        }
    }

    private void follow(UUID was, UUID id) {
        if (restoring || id == null || !showing() || detail.shows(id)) {
            return;
        }
        detail.open(id, () -> Platform.runLater(() -> {
            restoring = true;
            deals.selectedProperty().set(was);
            restoring = false;
        }));
    }

    private void moved(UUID id) {
        if (detail.shows(id) && !detail.isDirty()) {
            detail.show(id);
        }
    }
}
