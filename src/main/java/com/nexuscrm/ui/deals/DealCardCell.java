package com.nexuscrm.ui.deals;

import java.util.UUID;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * A deal's card on the board: name, account, amount and close date (a past one in the warning style), owner,
 * win probability and health of an open deal ("—" until scored). One cell is reused for every card its column scrolls past.
 */
final class DealCardCell extends ListCell<DealLine> {
    private final DealsViewModel model;
    private final Label name = label("deal-card-name");
    private final Label account = label("deal-card-account");
    private final Label amount = label("deal-card-amount");
    private final Label close = label("deal-card-close");
    private final Label owner = label("deal-card-owner");
    private final Label scores = label("deal-card-scores");
    private final VBox card;

    DealCardCell(DealsViewModel model, Consumer<UUID> dragStarted) {
        this.model = model;
        card = new VBox(1, name, account, amount, close, owner, scores);
        card.getStyleClass().add("deal-card");
        account.getStyleClass().add("text-muted");
        owner.getStyleClass().add("text-muted");
        scores.getStyleClass().add("text-muted");
        close.getStyleClass().add("text-muted");
        getStyleClass().add("deal-card-cell");
        setPrefWidth(0); // the cell takes the column's width; long names end in "…" instead of widening the list
        card.setMinWidth(0);
        setOnDragDetected(e -> {
            if (getItem() != null) {
                dragStarted.accept(getItem().id());
                startFullDrag(); // press-drag-release: the columns see the drag enter and the release
            }
        });
    }

    private static Label label(String style) {
        Label label = new Label();
        label.getStyleClass().add(style);
        label.setMinWidth(0);
        return label;
    }

    /** Short, so the date fits a narrow column: a closed deal says how it closed, an open one when it is due. */
    private static String when(DealLine line) {
        return line.stage() == com.nexuscrm.domain.DealStage.CLOSED_WON ? "Won "
                : line.stage() == com.nexuscrm.domain.DealStage.CLOSED_LOST ? "Lost " : "Due ";
    }

    @Override
    protected void updateItem(DealLine line, boolean empty) {
        super.updateItem(line, empty);
        if (empty || line == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        name.setText(line.name());
        account.setText(line.account().isEmpty() ? "No account" : line.account());
        amount.setText(model.money(line));
        boolean overdue = model.overdue(line);
        close.setText(line.closeDate() == null ? "No close date" : when(line) + model.formats().day(line.closeDate()));
        close.getStyleClass().removeAll("deal-card-overdue", "text-muted");
        close.getStyleClass().add(overdue ? "deal-card-overdue" : "text-muted");
        owner.setText(line.owner().isEmpty() ? "No owner" : line.owner());
        boolean open = !line.stage().isClosed(); // a closed deal's card says how it closed, not what it was forecast to do
        scores.setText(line.winText() + " win · health " + line.healthText()); // in full in the tooltip
        scores.setVisible(open);
        scores.setManaged(open);
        setTooltip(new Tooltip(line.name() + "\n" + line.stageLabel() + (open ? " · win " + line.winText() + " · health "
                + line.healthText() : "") + (model.overdue(line) ? " · past its close date" : "")
                + "\nCtrl+Right / Ctrl+Left moves the deal to the next / previous stage"));
        setGraphic(card);
    }
}
