package com.nexuscrm.ui.convert;

import atlantafx.base.theme.Styles;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.ui.common.Screen;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;

/** The conversion dialog's form: binds the account choice, contact and deal fields and their messages. */
public final class ConvertLeadView {
    public static final Screen<ConvertLeadViewModel> SCREEN = Screen.of("ConvertLeadView", ConvertLeadViewModel.class);

    private final ConvertLeadViewModel model;
    @FXML private Label heading;
    @FXML private Label matchNote;
    @FXML private ComboBox<ConvertLeadViewModel.AccountOption> account;
    @FXML private Label accountNameLabel;
    @FXML private TextField accountName;
    @FXML private Label accountNameError;
    @FXML private TextField firstName;
    @FXML private TextField lastName;
    @FXML private Label lastNameError;
    @FXML private TextField email;
    @FXML private Label emailError;
    @FXML private TextField phone;
    @FXML private Label phoneError;
    @FXML private TextField title;
    @FXML private CheckBox createDeal;
    @FXML private GridPane dealGrid;
    @FXML private TextField dealName;
    @FXML private Label dealNameError;
    @FXML private ComboBox<DealStage> stage;
    @FXML private TextField amount;
    @FXML private Label amountError;
    @FXML private DatePicker closeDate;
    @FXML private Label closeDateError;
    @FXML private Label problem;
    @FXML private ProgressIndicator busy;
    @FXML private Button convertButton;

    public ConvertLeadView(ConvertLeadViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        heading.textProperty().bind(model.headingProperty());
        matchNote.textProperty().bind(model.matchNoteProperty());
        account.setItems(model.accounts());
        account.valueProperty().bindBidirectional(model.accountProperty());
        var isNew = Bindings.createBooleanBinding(() -> model.accountProperty().get() != null
                && model.accountProperty().get().existingId() == null, model.accountProperty());
        accountName.disableProperty().bind(isNew.not());
        accountNameLabel.disableProperty().bind(isNew.not());
        accountName.textProperty().bindBidirectional(model.newAccountNameProperty());
        firstName.textProperty().bindBidirectional(model.firstNameProperty());
        lastName.textProperty().bindBidirectional(model.lastNameProperty());
        email.textProperty().bindBidirectional(model.emailProperty());
        phone.textProperty().bindBidirectional(model.phoneProperty());
        title.textProperty().bindBidirectional(model.titleProperty());
        createDeal.selectedProperty().bindBidirectional(model.createDealProperty());
        dealGrid.disableProperty().bind(createDeal.selectedProperty().not());
        dealName.textProperty().bindBidirectional(model.dealNameProperty());
        stage.getItems().setAll(DealStage.values());
        stage.setConverter(new javafx.util.StringConverter<>() {
            @Override public String toString(DealStage s) { return s == null ? "" : s.label(); }
            @Override public DealStage fromString(String text) { return null; }
        });
        stage.valueProperty().bindBidirectional(model.stageProperty());
        amount.textProperty().bindBidirectional(model.amountProperty());
        closeDate.valueProperty().bindBidirectional(model.closeDateProperty());
        showError(accountNameError, "account.name");
        showError(lastNameError, "contact.lastName");
        showError(emailError, "contact.email");
        showError(phoneError, "contact.phone");
        showError(dealNameError, "deal.name");
        showError(amountError, "deal.amount");
        showError(closeDateError, "deal.closeDate");
        problem.textProperty().bind(model.problemProperty());
        problem.getStyleClass().add(Styles.DANGER);
        busy.visibleProperty().bind(model.busyProperty());
        convertButton.disableProperty().bind(model.busyProperty());
        convertButton.getStyleClass().add(Styles.ACCENT);
        model.doneProperty().addListener((o, was, done) -> {
            if (done) {
                close();
            }
        });
    }

    /** A field's message under it, in the danger colour; takes no room while empty. */
    private void showError(Label label, String field) {
        label.textProperty().bind(model.error(field));
        label.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        label.setWrapText(true);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
    }

    @FXML
    private void onConvert() {
        model.convert();
    }

    @FXML
    private void onCancel() {
        close();
    }

    private void close() {
        ((Stage) heading.getScene().getWindow()).close();
    }
}
