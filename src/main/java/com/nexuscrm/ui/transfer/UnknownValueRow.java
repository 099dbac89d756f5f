package com.nexuscrm.ui.transfer;

import com.nexuscrm.domain.Picklist;
import com.nexuscrm.domain.PicklistValue;
import com.nexuscrm.transfer.PicklistMatching.UnknownValue;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** A value of the file that the team's list does not know, with what the person chose for it: add it, or map it. */
public final class UnknownValueRow {
    /** One choice: {@code key} null adds the value to the list, otherwise maps it to that existing value. */
    public record Choice(String text, String key) {
        @Override
        public String toString() { return text; }
    }

    private final UnknownValue value;
    private final List<Choice> choices = new ArrayList<>();
    private final ObjectProperty<Choice> chosen;

    UnknownValueRow(UnknownValue value, Picklist list, boolean canAdd) {
        this.value = value;
        if (canAdd) {
            choices.add(new Choice("Add “" + value.value() + "” to the list", null));
        }
        for (PicklistValue v : list.active()) {
            choices.add(new Choice("Map to " + v.label(), v.key()));
        }
        chosen = new SimpleObjectProperty<>(choices.get(0));
    }

    public UnknownValue value() { return value; }
    public String listLabel() { return value.list().label(); }
    public String rowsText() { return value.rows() + (value.rows() == 1 ? " row, line " : " rows, first on line ") + value.firstLine(); }
    public List<Choice> choices() { return choices; }
    public ObjectProperty<Choice> chosenProperty() { return chosen; }
}
