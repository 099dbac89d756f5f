package com.nexuscrm.ui.campaigns;

import atlantafx.base.theme.Styles;
import com.nexuscrm.ui.common.Labels;
import com.nexuscrm.ui.common.Screen;
import com.nexuscrm.usecase.EditCampaignStep.Person;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

/**
 * The step editor: which step and variant, the subject (email steps) and message with the merge fields' hint, Save
 * and Revert, the refusal of a save in words, and beside it the preview for a chosen enrolled person.
 */
public final class StepEditorView {
    public static final Screen<CampaignsViewModel> SCREEN = Screen.of("StepEditorView", CampaignsViewModel.class);

    private final CampaignsViewModel screen;
    private final StepEditorViewModel model;
    private final javafx.collections.ObservableList<StepRow> stepChoices = javafx.collections.FXCollections.observableArrayList();
    @FXML private ComboBox<StepRow> step;
    @FXML private ComboBox<String> variant;
    @FXML private Label heading;
    @FXML private Label subjectLabel;
    @FXML private TextField subject;
    @FXML private TextArea body;
    @FXML private Label hint;
    @FXML private Button save;
    @FXML private Button revert;
    @FXML private Label saved;
    @FXML private Label error;
    @FXML private ComboBox<Person> person;
    @FXML private Label previewNote;
    @FXML private Label previewSubject;
    @FXML private Label previewBody;

    public StepEditorView(CampaignsViewModel screen) {
        this.screen = screen;
        this.model = screen.editor();
    }

    @FXML
    private void initialize() {
        CampaignDetailViewModel detail = screen.detail();
        step.setItems(stepChoices); // its own list: filled, then the value set, after the skin has seen the new items
        step.setConverter(Labels.converter(s -> s.step() + " · " + s.channel(), ""));
        step.valueProperty().addListener((o, was, now) -> {
            if (now != null && now.index() != detail.selectedStepProperty().get()) {
                detail.selectedStepProperty().set(now.index());
            }
        });
        detail.selectedStepProperty().addListener((o, was, now) -> showStep(now.intValue()));
        detail.steps().addListener((javafx.collections.ListChangeListener<StepRow>) c -> showStep(detail.selectedStepProperty().get()));
        variant.setItems(model.variants());
        variant.valueProperty().bindBidirectional(model.variantProperty());
        heading.textProperty().bind(model.headingProperty());
        subject.textProperty().bindBidirectional(model.subjectProperty());
        body.textProperty().bindBidirectional(model.bodyProperty());
        subject.disableProperty().bind(model.hasSubjectProperty().not());
        subjectLabel.disableProperty().bind(model.hasSubjectProperty().not());
        body.disableProperty().bind(model.editableProperty().not());
        hint.setText(StepEditorViewModel.FIELDS_HINT);
        save.disableProperty().bind(model.canSave().not());
        revert.disableProperty().bind(model.changedProperty().not());
        saved.textProperty().bind(model.savedProperty());
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(Bindings.isNotEmpty(model.errorProperty()));
        error.managedProperty().bind(error.visibleProperty());
        error.getStyleClass().add(Styles.DANGER);
        saved.getStyleClass().add(Styles.SUCCESS);
        person.setItems(model.people());
        person.setConverter(Labels.converter(Person::name, ""));
        person.valueProperty().bindBidirectional(model.personProperty());
        previewNote.textProperty().bind(model.previewNoteProperty());
        previewSubject.textProperty().bind(model.previewSubjectProperty());
        previewSubject.visibleProperty().bind(Bindings.isNotEmpty(model.previewSubjectProperty()));
        previewSubject.managedProperty().bind(previewSubject.visibleProperty());
        previewBody.textProperty().bind(model.previewBodyProperty());
        showStep(detail.selectedStepProperty().get());
    }

    private void showStep(int index) {
        if (!stepChoices.equals(screen.detail().steps())) {
            stepChoices.setAll(screen.detail().steps());
        }
        StepRow row = stepChoices.stream().filter(s -> s.index() == index).findFirst().orElse(null);
        if (step.getValue() != row) {
            step.setValue(row);
        }
    }

    @FXML
    private void onSave() {
        model.save();
    }

    @FXML
    private void onRevert() {
        model.revert();
    }
}
