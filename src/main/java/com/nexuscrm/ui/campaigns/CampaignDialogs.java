package com.nexuscrm.ui.campaigns;

import atlantafx.base.theme.Styles;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.PersonRef;
import com.nexuscrm.domain.campaign.StepCondition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The Campaigns screen's two forms as dialogs: "New campaign" (each field with the domain's error for it underneath)
 * and "Add step". Save keeps the dialog open until the plan is stored; Cancel saves nothing.
 */
final class CampaignDialogs {
    private CampaignDialogs() { }

    static void newCampaign(Window owner, NewCampaignViewModel model) {
        GridPane grid = grid();
        ComboBox<String> audience = new ComboBox<>(model.audiences());
        audience.setId("new-campaign-audience");
        audience.setMaxWidth(Double.MAX_VALUE);
        audience.valueProperty().bindBidirectional(model.audienceProperty());
        ComboBox<PersonRef.Kind> people = new ComboBox<>();
        people.getItems().setAll(PersonRef.Kind.values());
        people.setId("new-campaign-people");
        people.setConverter(new StringConverter<>() {
            @Override public String toString(PersonRef.Kind k) { return k == PersonRef.Kind.CONTACT ? "Contacts" : "Leads"; }
            @Override public PersonRef.Kind fromString(String text) { return null; }
        });
        people.valueProperty().bindBidirectional(model.peopleProperty());
        HBox whom = new HBox(8, people, audience);
        HBox.setHgrow(audience, javafx.scene.layout.Priority.ALWAYS);
        CheckBox nurture = new CheckBox("Leads routing puts in nurture");
        nurture.setId("new-campaign-rule-nurture");
        nurture.selectedProperty().bindBidirectional(model.nurtureProperty());
        CheckBox members = new CheckBox("Everyone in the audience");
        members.setId("new-campaign-rule-audience");
        members.selectedProperty().bindBidirectional(model.audienceRuleProperty());
        TextField below = field("new-campaign-score-below", "e.g. 50", 5, model.scoreBelowProperty());
        TextField atLeast = field("new-campaign-score-at-least", "e.g. 20", 5, model.scoreAtLeastProperty());
        HBox score = new HBox(8, new Label("Score below"), below, new Label("and at least"), atLeast);
        score.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        int row = 0;
        row = add(grid, row, "Name", field("new-campaign-name", "Spring webinar follow-up", 28, model.nameProperty()),
                model.errorProperty("Name"));
        row = add(grid, row, "Goal", field("new-campaign-goal", "Meeting booked", 28, model.goalProperty()),
                model.errorProperty("Goal"));
        row = add(grid, row, "Audience", whom, model.errorProperty("Audience"));
        row = add(grid, row, "Sender", field("new-campaign-sender", "sales@yourcompany.com", 28, model.senderProperty()),
                model.errorProperty("Sender"));
        row = add(grid, row, "Sender name", field("new-campaign-sender-name", "Sam from Nexus", 28,
                model.senderNameProperty()), null);
        row = add(grid, row, "Enrol by rule", new javafx.scene.layout.VBox(6, nurture, members, score),
                model.errorProperty("Score below"));
        grid.add(error(model.errorProperty("Score at least"), "new-campaign-error-score-at-least"), 1, row++);
        row = step(grid, row, "First step", model.step(), model.channels(), model.errorProperty("Step"), "new-campaign");
        grid.add(error(model.otherErrorsProperty(), "new-campaign-error"), 0, row, 2, 1);
        show(owner, "New campaign", grid, "new-campaign-save", model.savingProperty(), model.savedProperty(), model::save);
    }

    static void addStep(Window owner, AddStepViewModel model) {
        GridPane grid = grid();
        step(grid, 0, "Step", model.step(), java.util.List.of(Channel.values()), model.errorProperty(), "add-step");
        show(owner, model.title(), grid, "add-step-save", model.savingProperty(), model.savedProperty(), model::save);
    }

    private static int step(GridPane grid, int row, String title, StepFields step, java.util.List<Channel> channels,
                            ObservableStringValue error, String id) {
        ComboBox<Channel> channel = new ComboBox<>();
        channel.getItems().setAll(channels);
        channel.setId(id + "-channel");
        channel.setConverter(new StringConverter<>() {
            @Override public String toString(Channel c) { return c == null ? "" : c.label(); }
            @Override public Channel fromString(String text) { return null; }
        });
        channel.valueProperty().bindBidirectional(step.channelProperty());
        ComboBox<Channel> alternative = new ComboBox<>();
        alternative.getItems().add(null);
        alternative.getItems().addAll(channels);
        alternative.setId(id + "-alternative");
        alternative.setPromptText("no second channel");
        alternative.setConverter(new StringConverter<>() {
            @Override public String toString(Channel c) { return c == null ? "no second channel" : c.label(); }
            @Override public Channel fromString(String text) { return null; }
        });
        alternative.valueProperty().bindBidirectional(step.alternativeProperty());
        javafx.scene.control.Tooltip.install(alternative, new javafx.scene.control.Tooltip("A second channel: the person gets"
                + " the step on whichever of the two they can receive; with learning on, on the one that gets more replies."));
        TextField day = field(id + "-day", "0", 4, step.dayOffsetProperty());
        HBox when = new HBox(8, new Label("Day"), day, channel, new Label("or, best of"), alternative);
        when.getChildren().forEach(n -> ((javafx.scene.layout.Region) n).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE));
        when.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        TextField subject = field(id + "-subject", "Subject, e.g. A question about {{company|your team}}", 28,
                step.subjectProperty());
        subject.disableProperty().bind(step.channelProperty().isNotEqualTo(Channel.EMAIL)
                .and(step.alternativeProperty().isNotEqualTo(Channel.EMAIL)));
        TextArea body = new TextArea();
        body.setId(id + "-body");
        body.setPrefRowCount(4);
        body.setPrefColumnCount(28);
        body.setWrapText(true);
        body.textProperty().bindBidirectional(step.bodyProperty());
        row = add(grid, row, title, when, null);
        row = add(grid, row, "Only if", condition(step, id), null);
        row = add(grid, row, "Subject", subject, null);
        return add(grid, row, "Message", body, error);
    }

    /** The step's condition and, for a score, a stage or a custom filter, the value it needs. */
    private static HBox condition(StepFields step, String id) {
        ComboBox<StepCondition.Kind> kind = new ComboBox<>();
        kind.getItems().setAll(StepCondition.Kind.values());
        kind.setId(id + "-condition");
        kind.setConverter(new StringConverter<>() {
            @Override public String toString(StepCondition.Kind k) { return k == null ? "" : CampaignTexts.kind(k); }
            @Override public StepCondition.Kind fromString(String text) { return null; }
        });
        kind.valueProperty().bindBidirectional(step.conditionProperty());
        TextField value = field(id + "-condition-value", "", 22, step.conditionValueProperty());
        value.promptTextProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> step.conditionProperty().get()
                == null ? "" : CampaignTexts.valuePrompt(step.conditionProperty().get()), step.conditionProperty()));
        value.visibleProperty().bind(value.promptTextProperty().isNotEmpty());
        value.managedProperty().bind(value.visibleProperty());
        HBox box = new HBox(8, kind, value);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    private static void show(Window owner, String title, GridPane grid, String saveId, ReadOnlyBooleanProperty saving,
                             ReadOnlyBooleanProperty saved, Runnable save) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.getDialogPane().setContent(grid);
        ButtonType saveType = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(saveType, ButtonType.CANCEL);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(saveType);
        saveButton.setId(saveId);
        saveButton.disableProperty().bind(saving);
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog closes when the save succeeded, not on the click
            save.run();
        });
        saved.addListener((o, was, done) -> {
            if (done) {
                dialog.setResult(saveType);
                dialog.close();
            }
        });
        dialog.show();
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(2);
        grid.setPadding(new Insets(10));
        return grid;
    }

    private static int add(GridPane grid, int row, String title, Node field, ObservableStringValue error) {
        Label label = new Label(title);
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        grid.addRow(row, label, field);
        if (error == null) {
            return row + 1;
        }
        grid.add(error(error, "campaign-error-" + title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-')), 1, row + 1);
        return row + 2;
    }

    private static Label error(ObservableStringValue text, String id) {
        Label error = new Label();
        error.setId(id);
        error.textProperty().bind(text);
        error.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        error.setWrapText(true);
        error.setMaxWidth(420);
        error.setMinHeight(Region.USE_PREF_SIZE);
        return error;
    }

    private static TextField field(String id, String prompt, int columns, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(columns);
        field.textProperty().bindBidirectional(value);
        return field;
    }
}
