package com.nexuscrm.ui.deals;

import atlantafx.base.theme.Styles;
import com.nexuscrm.domain.ForecastCategory;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The "New deal" form as a small dialog: each field with the domain's error for it underneath. Save keeps the
 * dialog open until the deal is stored (an invalid deal shows its errors and stays); Cancel saves nothing.
 */
final class NewDealDialog {
    private NewDealDialog() { }

    static void open(Window owner, NewDealViewModel model) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("New deal");
        dialog.setHeaderText("New deal");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(2);
        grid.setPadding(new Insets(10));
        TextField name = field("new-deal-name", "Acme - 20 seats");
        name.textProperty().bindBidirectional(model.nameProperty());
        TextField accountSearch = field("new-deal-account-search", "Type to narrow the accounts");
        accountSearch.textProperty().bindBidirectional(model.accountSearchProperty());
        ComboBox<NewDealViewModel.AccountChoice> account = new ComboBox<>(model.accounts());
        account.setId("new-deal-account");
        account.setPromptText("No account");
        account.setMaxWidth(Double.MAX_VALUE);
        account.valueProperty().bindBidirectional(model.accountProperty());
        TextField amount = field("new-deal-amount", "12000");
        amount.textProperty().bindBidirectional(model.amountProperty());
        DatePicker close = new DatePicker();
        close.setId("new-deal-close");
        close.valueProperty().bindBidirectional(model.closeDateProperty());
        ComboBox<PipelineStage> stage = new ComboBox<>();
        stage.getItems().setAll(model.stages());
        stage.setId("new-deal-stage");
        stage.setConverter(new javafx.util.StringConverter<>() {
            @Override public String toString(PipelineStage s) { return s == null ? "" : s.label(); }
            @Override public PipelineStage fromString(String text) { return null; }
        });
        stage.valueProperty().bindBidirectional(model.stageProperty());
        ComboBox<ForecastCategory> forecast = new ComboBox<>();
        forecast.getItems().setAll(model.forecastCategories());
        forecast.setId("new-deal-forecast");
        forecast.setConverter(new javafx.util.StringConverter<>() {
            @Override public String toString(ForecastCategory c) { return c == null ? "" : c.label(); }
            @Override public ForecastCategory fromString(String text) { return null; }
        });
        forecast.valueProperty().bindBidirectional(model.forecastProperty());
        int row = 0;
        row = add(grid, row, "Name", name, model, "name");
        row = add(grid, row, "Account", new VBox(4, accountSearch, account), model, "accountId");
        row = add(grid, row, "Amount (" + model.currency() + ")", amount, model, "amount");
        row = add(grid, row, "Close date", close, model, "closeDate");
        row = add(grid, row, "Stage", stage, model, "stage");
        row = add(grid, row, "Forecast category", forecast, model, "forecastCategory");
        Label other = error(model.otherErrorsProperty());
        other.setId("new-deal-error");
        grid.add(other, 0, row, 2, 1);
        dialog.getDialogPane().setContent(grid);
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("new-deal-save");
        saveButton.disableProperty().bind(model.savingProperty());
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog closes when the save succeeded, not on the click
            model.save();
        });
        model.savedProperty().addListener((o, was, done) -> {
            if (done) {
                dialog.setResult(save);
                dialog.close();
            }
        });
        name.requestFocus();
        dialog.show();
    }

    private static int add(GridPane grid, int row, String title, Node field, NewDealViewModel model, String key) {
        Label label = new Label(title);
        label.setLabelFor(field);
        grid.addRow(row, label, field);
        Label error = error(model.errorProperty(key));
        error.setId("new-deal-error-" + key);
        grid.add(error, 1, row + 1);
        return row + 2;
    }

    private static Label error(javafx.beans.value.ObservableStringValue text) {
        Label error = new Label();
        error.textProperty().bind(text);
        error.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        error.setWrapText(true);
        error.setMaxWidth(360);
        error.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // its line is kept: the dialog never grows
        return error;
    }

    private static TextField field(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(24);
        return field;
    }
}
