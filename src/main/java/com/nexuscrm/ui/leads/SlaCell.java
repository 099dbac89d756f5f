package com.nexuscrm.ui.leads;

import com.nexuscrm.domain.LeadRow;
import com.nexuscrm.domain.routing.SlaStatus;
import java.time.Instant;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.util.Duration;

/** Business time left to answer a routed lead: red when overdue, amber when about to be. */
final class SlaCell extends TableCell<LeadItem, LeadRow> {
    private final LeadsViewModel model;

    SlaCell(LeadsViewModel model) {
        this.model = model;
    }

    @Override
    protected void updateItem(LeadRow row, boolean empty) {
        super.updateItem(row, empty);
        getStyleClass().removeAll("danger", "warning", "text-muted");
        if (empty || row == null) {
            setText(null);
            return;
        }
        SlaStatus sla = model.sla(row, Instant.now());
        switch (sla.state()) {
            case NONE, ANSWERED -> setText(null);
            case BREACHED -> {
                setText(sla.text());
                getStyleClass().add("danger");
            }
            case AT_RISK -> {
                setText(sla.text());
                getStyleClass().add("warning");
            }
            default -> {
                setText(sla.text());
                if (sla.paused()) {
                    getStyleClass().add("text-muted");
                }
            }
        }
    }

    /** Redraws the visible rows every 30 seconds while the table is on screen, so the clocks tick. */
    static void refreshWhileShown(TableView<LeadItem> table) {
        Timeline tick = new Timeline(new KeyFrame(Duration.seconds(30), e -> table.refresh()));
        tick.setCycleCount(Animation.INDEFINITE);
        table.sceneProperty().addListener((o, old, scene) -> {
            if (scene == null) {
                tick.stop();
            } else {
                tick.play();
            }
        });
    }
}
