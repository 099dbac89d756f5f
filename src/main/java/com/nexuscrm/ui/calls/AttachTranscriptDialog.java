package com.nexuscrm.ui.calls;

import com.nexuscrm.conversation.MeetingTranscript;
import com.nexuscrm.conversation.MeetingTranscript.SpeakerShare;
import com.nexuscrm.domain.call.CallClock;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Asks who the rep is among a transcript's speakers (suggested, with the reason), the call's subject (named after
 * the other speakers until the user edits it) and its deal.
 */
final class AttachTranscriptDialog {
    /** What the user chose; {@code deal} is null for a call on no deal. */
    record Answer(String subject, Choice deal, String rep) { }

    private AttachTranscriptDialog() { }

    static Optional<Answer> ask(Window owner, TranscriptChoice choice, List<DealOption> deals) {
        MeetingTranscript t = choice.transcript();
        Dialog<Answer> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Attach transcript");
        double end = t.turns().stream().mapToDouble(MeetingTranscript.Turn::end).max().orElse(0);
        dialog.setHeaderText(t.fileName() + "\n" + t.format() + " · " + t.speakers().size() + " speakers · "
                + CallClock.format(end) + " long · no recording");
        ComboBox<SpeakerShare> rep = new ComboBox<>();
        rep.setId("transcript-rep");
        rep.getItems().setAll(choice.speakers());
        rep.setConverter(new StringConverter<>() {
            @Override public String toString(SpeakerShare s) { return s == null ? "" : choice.describe(s); }
            @Override public SpeakerShare fromString(String s) { return null; }
        });
        rep.getSelectionModel().select(choice.speakers().stream().filter(s -> s.name().equals(choice.suggestedRep()))
                .findFirst().orElse(choice.speakers().get(0)));
        Label why = new Label(whyText(choice, rep.getValue()));
        why.setId("transcript-rep-why");
        why.getStyleClass().add("text-muted");
        why.setWrapText(true);
        why.setMaxWidth(420);
        TextField subject = new TextField(choice.subjectFor(rep.getValue().name()));
        subject.setId("attach-subject");
        rep.valueProperty().addListener((o, before, now) -> {
            if (subject.getText().equals(choice.subjectFor(before.name()))) {
                subject.setText(choice.subjectFor(now.name())); // the user has not written their own
            }
            why.setText(whyText(choice, now));
        });
        GridPane grid = AttachCallDialog.grid();
        grid.addRow(0, new Label("Rep"), rep);
        grid.add(why, 1, 1);
        grid.addRow(2, new Label("Subject"), subject);
        ListView<Choice> deal = AttachCallDialog.addDealRows(grid, 3, deals);
        if (!t.warnings().isEmpty()) {
            Label warnings = new Label(String.join("\n", t.warnings()));
            warnings.setId("transcript-warnings");
            warnings.getStyleClass().add("warning");
            warnings.setWrapText(true);
            warnings.setMaxWidth(420);
            grid.add(warnings, 1, 6);
        }
        dialog.getDialogPane().setContent(grid);
        ButtonType attach = new ButtonType("Attach", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(attach, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == attach ? new Answer(subject.getText(),
                deal.getSelectionModel().getSelectedItem(), rep.getValue().name()) : null);
        return dialog.showAndWait();
    }

    private static String whyText(TranscriptChoice choice, SpeakerShare rep) {
        String others = rep.name().equals(choice.suggestedRep())
                ? "Suggested: " + choice.reason() + "." : "Chosen by you.";
        return others + " Everyone else is the customer side. Remembered for the next transcript with these names.";
    }
}
