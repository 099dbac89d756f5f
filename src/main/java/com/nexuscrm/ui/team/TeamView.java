package com.nexuscrm.ui.team;

import com.nexuscrm.ui.common.ScreenLifecycle;
import com.nexuscrm.ui.team.TeamViewModel.Member;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The team directory. */
public final class TeamView {
    private final TeamViewModel model;
    @FXML private TableView<Member> table;
    @FXML private Label queueBreaches;

    public TeamView(TeamViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        table.getColumns().setAll(java.util.List.of(
                column("Name", Member::name, 160), column("Team", Member::team, 130),
                column("Role", Member::role, 80), column("Email", Member::email, 210),
                column("Available", m -> m.available() ? "Yes" : "No", 80),
                column("Time zone", Member::timeZone, 140), column("Hours", Member::hours, 100),
                column("SLA breaches (30 days)", Member::breaches, 150)));
        com.nexuscrm.ui.common.TableFit.fit(table);
        table.setItems(model.members());
        queueBreaches.textProperty().bind(model.queueBreachesProperty());
        queueBreaches.visibleProperty().bind(model.queueBreachesProperty().isNotEmpty());
        queueBreaches.managedProperty().bind(queueBreaches.visibleProperty());
        ScreenLifecycle.whenShown(table, model::refresh);
    }

    private static TableColumn<Member, String> column(String title, Function<Member, String> value, double width) {
        TableColumn<Member, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
