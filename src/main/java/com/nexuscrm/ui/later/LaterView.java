package com.nexuscrm.ui.later;

import com.nexuscrm.ui.shell.Section;
import javafx.fxml.FXML;
import javafx.scene.control.Label;

/**
 * Says plainly that a section's capability is not in this version yet, and what it will do. No fake
 * content: the section stays honest until its release lands.
 */
public final class LaterView {
    private final Section section;
    @FXML private Label heading;
    @FXML private Label description;

    public LaterView(Section section) {
        this.section = section;
    }

    @FXML
    private void initialize() {
        heading.setText(section.label() + " is not in this version yet");
        description.setText(switch (section) {
            case DEALS -> "Deal prediction, forecast and deal health arrive in a later release. The deals in your"
                    + " workspace are already stored and synced; this screen will show the pipeline, win"
                    + " probabilities and the forecast.";
            case CALLS -> "Conversation intelligence arrives in a later release: offline transcription of call"
                    + " recordings, talk ratio, questions, objections, competitor mentions and coaching.";
            case CUSTOMERS -> "Customer 360 arrives in a later release: account health, churn risk, upsell"
                    + " opportunities and talking points, from the tickets and product usage already stored.";
            default -> "This section arrives in a later release.";
        });
    }
}
