package com.nexuscrm.ui.customers;

import atlantafx.base.theme.Styles;
import com.nexuscrm.domain.HistoryKind;
import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.usecase.AccountTimeline;
import java.time.Period;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The account's unified timeline: a chip per type (with its count) to show or hide it, a date range, and a
 * virtualised list, newest first, that reads the next page when it is scrolled to its end. Double-click or Enter
 * opens a deal where it lives and previews a document.
 */
final class AccountTimelinePane extends VBox {
    private final AccountHistoryViewModel model;
    private final FlowPane chips = new FlowPane(6, 6);

    AccountTimelinePane(AccountHistoryViewModel model) {
        this.model = model;
        setId("account-history");
        setSpacing(8);
        setPadding(new Insets(10, 4, 4, 4));
        for (HistoryKind kind : HistoryKind.values()) {
            chips.getChildren().add(chip(kind));
        }
        model.counts().addListener((MapChangeListener<HistoryKind, Long>) c -> relabel());
        ListView<AccountTimeline.Entry> list = new ListView<>(model.entries());
        list.setId("account-history-list");
        list.setCellFactory(l -> new EntryCell(l));
        Label empty = new Label();
        empty.setWrapText(true);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.textProperty().bind(model.statusProperty());
        list.setPlaceholder(empty);
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                model.open(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                model.open(list.getSelectionModel().getSelectedItem());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Label summary = new Label();
        summary.setId("account-history-summary");
        summary.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        summary.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.totalProperty().get() == 0 ? ""
                : Formats.user().count(model.totalProperty().get()) + " entries, newest first", model.totalProperty()));
        getChildren().addAll(chips, dates(), summary, list);
    }

    private ToggleButton chip(HistoryKind kind) {
        ToggleButton chip = new ToggleButton(kind.label());
        chip.setId("account-history-chip-" + kind.name().toLowerCase());
        chip.getStyleClass().addAll(Styles.SMALL, Styles.ROUNDED);
        chip.setSelected(model.kinds().contains(kind));
        chip.setUserData(kind);
        chip.setGraphic(new FontIcon(icon(kind)));
        chip.selectedProperty().addListener((o, was, on) -> model.toggle(kind, on));
        return chip;
    }

    private void relabel() {
        chips.getChildren().forEach(n -> {
            ToggleButton chip = (ToggleButton) n;
            HistoryKind kind = (HistoryKind) chip.getUserData();
            Long n1 = model.counts().get(kind);
            chip.setText(kind.label() + (chip.isSelected() && n1 != null ? " " + Formats.user().count(n1) : ""));
            chip.setSelected(model.kinds().contains(kind));
        });
    }

    private HBox dates() {
        DatePicker from = new DatePicker();
        from.setId("account-history-from");
        from.setPromptText("From");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("account-history-to");
        to.setPromptText("To");
        to.valueProperty().bindBidirectional(model.toProperty());
        from.setPrefWidth(130);
        to.setPrefWidth(130);
        Button reset = new Button("All");
        reset.setId("account-history-reset");
        reset.getStyleClass().add(Styles.FLAT);
        reset.setOnAction(e -> {
            model.resetFilter();
            relabel();
        });
        MenuButton last = new MenuButton("Last…");
        last.setId("account-history-last");
        last.getStyleClass().add(Styles.FLAT);
        for (var preset : List.of(Map.entry("30 days", Period.ofDays(30)), Map.entry("90 days", Period.ofDays(90)),
                Map.entry("12 months", Period.ofMonths(12)))) {
            MenuItem item = new MenuItem(preset.getKey());
            item.setOnAction(e -> model.showLast(preset.getValue()));
            last.getItems().add(item);
        }
        HBox box = new HBox(6, from, new Label("–"), to, last, reset);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    static Ikon icon(HistoryKind kind) {
        return switch (kind) {
            case EMAIL -> Feather.MAIL;
            case CALL -> Feather.PHONE;
            case MEETING -> Feather.USERS;
            case NOTE -> Feather.FILE_TEXT;
            case TASK -> Feather.CHECK_SQUARE;
            case TICKET -> Feather.LIFE_BUOY;
            case DEAL -> Feather.DOLLAR_SIGN;
            case DOCUMENT -> Feather.PAPERCLIP;
            case TOUCH -> Feather.SEND;
        };
    }

    /** Icon, title and date on the first line, the entry's detail (a call's analysis) wrapped under it. */
    private final class EntryCell extends ListCell<AccountTimeline.Entry> {
        private final ListView<AccountTimeline.Entry> list;
        private final FontIcon icon = new FontIcon();
        private final Label title = new Label();
        private final Label when = new Label();
        private final Label detail = new Label();
        private final VBox box;

        EntryCell(ListView<AccountTimeline.Entry> list) {
            this.list = list;
            javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox top = new HBox(8, icon, title, gap, when);
            top.setAlignment(Pos.CENTER_LEFT);
            box = new VBox(2, top, detail);
            title.getStyleClass().add(Styles.TEXT_BOLD);
            title.setMinWidth(0);
            when.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            when.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            detail.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            detail.setWrapText(true);
            detail.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wrapped, never cut to one line
            detail.maxWidthProperty().bind(list.widthProperty().subtract(70));
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(AccountTimeline.Entry item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            icon.setIconCode(icon(item.kind()));
            title.setText(item.title());
            when.setText(Formats.user().dayTime(item.at()));
            detail.setText(item.detail());
            detail.setManaged(!item.detail().isEmpty());
            detail.setVisible(!item.detail().isEmpty());
            setGraphic(box);
            boolean shown = getParent() != null && getParent().isVisible();
            if (shown && getIndex() == list.getItems().size() - 1) {
                Platform.runLater(model::loadMore); // the end of what is read: read the next page
            }
        }
    }
}
