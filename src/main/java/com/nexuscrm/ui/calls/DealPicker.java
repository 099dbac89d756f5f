package com.nexuscrm.ui.calls;

import com.nexuscrm.ui.common.Formats;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The attach dialog's deal picker: open deals only unless closed ones are asked for, narrowed as the user types
 * (name or account), and deals that share a name labelled with their account and close date.
 */
final class DealPicker {
    /** More than this many matches are not listed: typing narrows them. */
    static final int SHOWN = 200;

    private final List<DealOption> all;
    private final Formats formats;
    private final Map<String, Integer> sameName = new HashMap<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final BooleanProperty includeClosed = new SimpleBooleanProperty(false);
    private final ObservableList<Choice> shown = FXCollections.observableArrayList();

    DealPicker(List<DealOption> deals, Formats formats) {
        this.all = List.copyOf(deals);
        this.formats = formats;
        all.forEach(d -> sameName.merge(key(d.name()), 1, Integer::sum));
        text.addListener((o, a, b) -> update());
        includeClosed.addListener((o, a, b) -> update());
        update();
    }

    private void update() {
        String[] words = key(text.get()).split("\\s+");
        shown.setAll(all.stream().filter(d -> includeClosed.get() || !d.closed())
                .filter(d -> matches(d, words)).limit(SHOWN).map(d -> new Choice(d.id(), label(d))).toList());
    }

    private static boolean matches(DealOption d, String[] words) {
        String haystack = key(d.name()) + " " + key(d.account());
        for (String w : words) {
            if (!w.isEmpty() && !haystack.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** The name, plus account and close date when another deal has the same name; "(closed)" for closed ones. */
    String label(DealOption d) {
        StringBuilder label = new StringBuilder(d.name() == null ? "(no name)" : d.name());
        if (sameName.getOrDefault(key(d.name()), 0) > 1) {
            if (d.account() != null && !d.account().isBlank()) {
                label.append(" · ").append(d.account());
            }
            if (d.closeDate() != null) {
                label.append(" · closes ").append(formats.day(d.closeDate()));
            }
        }
        return d.closed() ? label.append(" (closed)").toString() : label.toString();
    }

    private static String key(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }

    StringProperty textProperty() { return text; }
    BooleanProperty includeClosedProperty() { return includeClosed; }
    ObservableList<Choice> shown() { return shown; }
}
