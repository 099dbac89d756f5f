package com.nexuscrm.ui.settings;

import com.nexuscrm.domain.PicklistValue;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One value of the list being edited: name, synonyms (comma separated), probability (stages), active. */
public final class PicklistRow {
    private final PicklistValue original;
    private final StringProperty label;
    private final StringProperty synonyms;
    private final StringProperty probability;
    private final BooleanProperty active;

    PicklistRow(PicklistValue value) {
        this.original = value;
        label = new SimpleStringProperty(value.label());
        synonyms = new SimpleStringProperty(String.join(", ", value.synonyms()));
        probability = new SimpleStringProperty(value.probability() == null ? "" : value.probability().toString());
        active = new SimpleBooleanProperty(value.active());
    }

    /**
     * The value as edited; throws {@link IllegalArgumentException} naming it when the probability is not a
     * whole number. The key never changes, so records keep their value through a rename.
     */
    PicklistValue toValue() {
        List<String> words = Arrays.stream(synonyms.get().split(",")).map(String::strip).filter(w -> !w.isEmpty()).toList();
        Integer percent;
        try {
            percent = probability.get().isBlank() ? null : Integer.valueOf(probability.get().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The probability of '" + label.get() + "' is '" + probability.get()
                    + "'; use a whole number from 0 to 100.");
        }
        return new PicklistValue(original.key(), label.get().strip(), active.get(), words, percent, original.won());
    }

    public String closedText() {
        return original.won() == null ? "" : original.won() ? "Closed won" : "Closed lost";
    }

    public StringProperty labelProperty() { return label; }
    public StringProperty synonymsProperty() { return synonyms; }
    public StringProperty probabilityProperty() { return probability; }
    public BooleanProperty activeProperty() { return active; }
}
