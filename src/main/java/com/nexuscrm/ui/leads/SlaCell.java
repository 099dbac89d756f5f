package com.nexuscrm.ui.leads;

import atlantafx.base.theme.Styles;
import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.ui.common.ScreenLifecycle;
import com.nexuscrm.domain.LeadRow;
import com.nexuscrm.domain.routing.SlaState;
import com.nexuscrm.domain.routing.SlaStatus;
import java.time.Instant;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/** Business time left to answer a routed lead: red when overdue, amber when about to be. */
final class SlaCell extends TableCell<LeadItem, LeadRow> {
    private final LeadsViewModel model;
    private final Tooltip tip = new Tooltip();
    private final InvalidationListener tick = o -> updateItem(getItem(), isEmpty());

    /** {@code clock} changes every 30 seconds; each cell redraws itself then (cells are not rebuilt). */
    SlaCell(LeadsViewModel model, ObservableValue<?> clock) {
        this.model = model;
        clock.addListener(new WeakInvalidationListener(tick));
    }

    @Override
    protected void updateItem(LeadRow row, boolean empty) {
        super.updateItem(row, empty);
        getStyleClass().removeAll(Styles.DANGER, Styles.WARNING, Styles.TEXT_MUTED);
        if (empty || row == null) {
            setText(null);
            return;
        }
        SlaStatus sla = model.sla(row, Instant.now());
        tip.setText(sla.text() + (sla.paused() ? ": the owner is outside working hours" : ""));
        setTooltip(sla.state() == SlaState.NONE || sla.state() == SlaState.ANSWERED ? null : tip);
        switch (sla.state()) {
            case NONE, ANSWERED -> setText(null);
            case BREACHED -> {
                setText("Overdue " + Formats.shortDuration(sla.left().negated()));
                getStyleClass().add(Styles.DANGER);
            }
            case AT_RISK -> {
                setText(Formats.shortDuration(sla.left()));
                getStyleClass().add(Styles.WARNING);
            }
            default -> {
                setText(Formats.shortDuration(sla.left()));
                if (sla.paused()) {
                    getStyleClass().add(Styles.TEXT_MUTED);
                }
            }
        }
    }


    /** A counter that moves every 30 seconds while the table is on screen, so the clocks tick. */
    static IntegerProperty ticking(TableView<LeadItem> table) {
        IntegerProperty clock = new SimpleIntegerProperty();
        Timeline tick = new Timeline(new KeyFrame(Duration.seconds(30), e -> clock.set(clock.get() + 1)));
        tick.setCycleCount(Animation.INDEFINITE);
        ScreenLifecycle.whileShown(table, tick::play, tick::stop);
        return clock;
    }
}
