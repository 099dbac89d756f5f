package com.nexuscrm.ui.settings;

import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.ui.common.TaskExecutor;
import java.math.BigDecimal;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Settings → Currency: the team's workspace currency (an ISO 4217 code), in which amounts without a currency of
 * their own are shown and new deals of conversions and imports are made. An admin or a manager changes it for the
 * team; on a rep's workstation it is read-only and says who changes it. A sample amount shows how it will look in
 * this computer's locale.
 */
public final class CurrencySettingsViewModel {
    private static final BigDecimal SAMPLE = new BigDecimal("5828000");

    private final CurrencySettings settings;
    private final TaskExecutor tasks;
    private final Formats formats;
    private final StringProperty code = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper example = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");

    private record Loaded(String code, boolean editable) { }

    public CurrencySettingsViewModel(CurrencySettings settings, TaskExecutor tasks, Formats formats) {
        this.settings = settings;
        this.tasks = tasks;
        this.formats = formats;
    }

    public void load() {
        busy.set(true);
        tasks.run("Loading the workspace currency", p -> new Loaded(settings.load(), settings.editable()), l -> {
            busy.set(false);
            code.set(l.code());
            editable.set(l.editable());
            showExample(l.code());
            error.set("");
            notice.set(l.editable() ? "" : "Your team's manager or an admin sets the currency; you see it read-only.");
        }, e -> {
            busy.set(false);
            error.set("The workspace currency could not be loaded: " + e.getMessage());
        });
    }

    public void save() {
        if (!editable.get() || busy.get()) {
            return;
        }
        String typed = code.get();
        busy.set(true);
        tasks.run("Saving the workspace currency", p -> settings.save(typed), saved -> {
            busy.set(false);
            code.set(saved);
            showExample(saved);
            error.set("");
            notice.set("The workspace currency is now " + saved + "; it reaches your team at the next sync.");
        }, e -> {
            busy.set(false);
            notice.set("");
            error.set(e.getMessage());
        });
    }

    private void showExample(String currency) {
        example.set("Shown as " + formats.money(currency, SAMPLE) + ", in short " + formats.shortMoney(currency, SAMPLE));
    }

    public StringProperty codeProperty() { return code; }
    /** "Shown as £5,828,000, in short £5.8M": the currency in this computer's format locale. */
    public ReadOnlyStringProperty exampleProperty() { return example.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty editableProperty() { return editable.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyStringProperty noticeProperty() { return notice.getReadOnlyProperty(); }
}
