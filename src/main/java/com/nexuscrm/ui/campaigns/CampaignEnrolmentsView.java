package com.nexuscrm.ui.campaigns;

import com.nexuscrm.ui.common.Screen;
import com.nexuscrm.ui.common.TableFit;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The selected campaign's enrolments: person, status, step, next touch due (sorted by time) and exit reason. */
public final class CampaignEnrolmentsView {
    public static final Screen<CampaignDetailViewModel> SCREEN = Screen.of("CampaignEnrolmentsView", CampaignDetailViewModel.class);

    private final CampaignDetailViewModel model;
    @FXML private Label summary;
    @FXML private TableView<EnrolmentRow> table;

    public CampaignEnrolmentsView(CampaignDetailViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        table.getColumns().setAll(List.of(CampaignColumns.text("Person", EnrolmentRow::person, 240),
                CampaignColumns.text("Status", EnrolmentRow::status, 90), CampaignColumns.text("Step", EnrolmentRow::step, 120),
                timed("Next touch due", EnrolmentRow::nextDue, EnrolmentRow::nextDueText, 160),
                CampaignColumns.text("Exit reason", EnrolmentRow::exitReason, 110),
                timed("Enrolled", EnrolmentRow::enrolledAt, EnrolmentRow::enrolledText, 110)));
        TableFit.fit(table);
        SortedList<EnrolmentRow> sorted = new SortedList<>(model.enrolments());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        summary.textProperty().bind(model.enrolmentSummaryProperty());
    }

    /** A time column shown as text and sorted by the instant (rows without one last). */
    private static TableColumn<EnrolmentRow, EnrolmentRow> timed(String title, java.util.function.Function<EnrolmentRow, Instant> at,
                                                                 java.util.function.Function<EnrolmentRow, String> text, double width) {
        TableColumn<EnrolmentRow, EnrolmentRow> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setComparator(Comparator.comparing(at, Comparator.nullsLast(Comparator.naturalOrder())));
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(EnrolmentRow item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
        column.setPrefWidth(width);
        return column;
    }
}
