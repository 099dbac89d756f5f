package com.nexuscrm.ui.leads;

import com.nexuscrm.domain.LeadRow;
import com.nexuscrm.domain.LeadStatus;
import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.ui.common.Labels;
import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The inbox table's columns: what each shows of the model's current row, how it draws and how it sorts. */
final class LeadColumns {
    private final LeadsViewModel model;

    LeadColumns(LeadsViewModel model) {
        this.model = model;
    }

    /** Shows {@code value} of the model's current version of each item's row. */
    <T> void show(TableColumn<LeadItem, T> column, Function<LeadRow, T> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(model.current(c.getValue().row()))));
    }

    void score(TableColumn<LeadItem, LeadRow> column) {
        show(column, r -> r);
        column.setCellFactory(c -> new ScoreCell());
        column.setComparator(ScoreCell.BY_SCORE);
    }

    /** Time left to answer, redrawn as {@code table}'s clock ticks; unrouted leads sort last. */
    void sla(TableColumn<LeadItem, LeadRow> column, TableView<LeadItem> table) {
        show(column, r -> r);
        var slaClock = SlaCell.ticking(table);
        column.setCellFactory(c -> new SlaCell(model, slaClock));
        column.setComparator(Comparator.comparing(LeadRow::slaDueAt, Comparator.nullsLast(Comparator.naturalOrder())));
    }

    void status(TableColumn<LeadItem, LeadStatus> column) {
        show(column, LeadRow::status);
        column.setCellFactory(c -> Labels.cell(LeadStatus::label));
    }

    void source(TableColumn<LeadItem, String> column) {
        show(column, LeadRow::source);
        column.setCellFactory(c -> Labels.cell(model.filters()::sourceLabel)); // the team's name for the key
    }

    void owner(TableColumn<LeadItem, String> column) {
        show(column, r -> model.ownerName(r.ownerId()));
    }

    void created(TableColumn<LeadItem, String> column) {
        show(column, r -> Formats.user().day(r.createdAt()));
    }
}
