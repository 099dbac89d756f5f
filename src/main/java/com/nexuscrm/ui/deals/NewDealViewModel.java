package com.nexuscrm.ui.deals;

import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.FieldError;
import com.nexuscrm.domain.ForecastCategory;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.ui.common.FormSaving;
import com.nexuscrm.ui.common.TaskExecutor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The "New deal" form: name, account, amount, close date, stage and forecast category. The domain's rules
 * (through {@link DealPipeline#create}) decide what is valid; each error shows beside its field, and nothing is
 * saved until all are fixed. Closed stages are not offered: a deal closes from the board, with its reason.
 */
public final class NewDealViewModel {
    /** Fields that have an error line beside them in the form; anything else shows under the form. */
    static final List<String> FIELDS = List.of("name", "accountId", "amount", "closeDate", "stage", "forecastCategory");

    /** An account the form offers. */
    public record AccountChoice(UUID id, String name) {
        @Override
        public String toString() { return name; }
    }

    private final DealPipeline pipeline;
    private final List<PipelineStage> stages;
    private final String currency;
    private final Consumer<Deal> onSaved;
    private final FilteredList<AccountChoice> accounts;
    private final StringProperty accountSearch = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<AccountChoice> account = new SimpleObjectProperty<>();
    private final StringProperty amount = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> closeDate = new SimpleObjectProperty<>();
    private final ObjectProperty<PipelineStage> stage = new SimpleObjectProperty<>();
    private final ObjectProperty<ForecastCategory> forecast = new SimpleObjectProperty<>(ForecastCategory.PIPELINE);
    private final Map<String, ReadOnlyStringWrapper> errors = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper otherErrors = new ReadOnlyStringWrapper("");
    private final FormSaving form;

    NewDealViewModel(DealPipeline pipeline, Map<UUID, String> accountNames, List<PipelineStage> openStages,
                     String currency, LocalDate today, TaskExecutor tasks, Consumer<Deal> onSaved) {
        this.pipeline = pipeline;
        this.stages = List.copyOf(openStages);
        this.currency = currency;
        this.form = new FormSaving(tasks);
        this.onSaved = onSaved;
        ObservableList<AccountChoice> all = FXCollections.observableArrayList(accountNames.entrySet().stream()
                .map(e -> new AccountChoice(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(AccountChoice::name, String.CASE_INSENSITIVE_ORDER)).toList());
        this.accounts = new FilteredList<>(all);
        accountSearch.addListener((o, was, text) -> {
            String q = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            accounts.setPredicate(q.isEmpty() ? null : a -> a.name().toLowerCase(Locale.ROOT).contains(q));
        });
        closeDate.set(today.plusDays(30));
        stage.set(stages.isEmpty() ? null : stages.get(0));
        FIELDS.forEach(f -> errors.put(f, new ReadOnlyStringWrapper("")));
    }

    /** Validates and saves in the background; errors land beside their fields, a success sets {@link #savedProperty}. */
    public void save() {
        clearErrors();
        Deal deal = draft();
        if (deal != null) {
            form.run("Saving the deal", p -> pipeline.create(deal), onSaved, errors -> errors.forEach(this::show),
                    why -> otherErrors.set("Cannot save the deal: " + why));
        }
    }

    /** The deal as typed, or null when the amount is not a number (said beside the field). */
    private Deal draft() {
        BigDecimal value = null;
        String typed = amount.get() == null ? "" : amount.get().strip(); // no guessing at separators: 12,5 is not 125
        if (!typed.isEmpty()) {
            try {
                value = new BigDecimal(typed);
            } catch (NumberFormatException e) {
                show(new FieldError("amount", "is not a number: type digits such as 12000 or 12000.50"));
                return null;
            }
        }
        Deal deal = new Deal(Ids.newId());
        deal.setName(name.get() == null ? null : name.get().strip());
        deal.setAccountId(account.get() == null ? null : account.get().id());
        deal.setAmount(value);
        deal.setCurrency(currency);
        deal.setCloseDate(closeDate.get());
        deal.setStage(stage.get() == null ? null : stage.get().stage());
        deal.setForecastCategory(forecast.get());
        return deal;
    }

    private void show(FieldError error) {
        ReadOnlyStringWrapper line = errors.get(error.field());
        if (line != null) {
            line.set(line.get().isEmpty() ? error.message() : line.get() + "; " + error.message());
        } else {
            otherErrors.set((otherErrors.get().isEmpty() ? "" : otherErrors.get() + "\n") + error);
        }
    }

    private void clearErrors() {
        errors.values().forEach(e -> e.set(""));
        otherErrors.set("");
    }

    /** The error beside one of {@link #FIELDS}: empty when the field is fine. */
    public ReadOnlyStringProperty errorProperty(String field) {
        return errors.get(field).getReadOnlyProperty();
    }

    public ObservableList<AccountChoice> accounts() { return accounts; }
    public List<PipelineStage> stages() { return stages; }
    /** The workspace currency the amount is in. */
    public String currency() { return currency; }
    public List<ForecastCategory> forecastCategories() { return List.of(ForecastCategory.values()); }
    public StringProperty accountSearchProperty() { return accountSearch; }
    public StringProperty nameProperty() { return name; }
    public ObjectProperty<AccountChoice> accountProperty() { return account; }
    public StringProperty amountProperty() { return amount; }
    public ObjectProperty<LocalDate> closeDateProperty() { return closeDate; }
    public ObjectProperty<PipelineStage> stageProperty() { return stage; }
    public ObjectProperty<ForecastCategory> forecastProperty() { return forecast; }
    public ReadOnlyStringProperty otherErrorsProperty() { return otherErrors.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty savingProperty() { return form.savingProperty(); }
    public ReadOnlyBooleanProperty savedProperty() { return form.savedProperty(); }
}
