package com.nexuscrm.ui.deals;

import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.FieldError;
import com.nexuscrm.domain.ForecastCategory;
import com.nexuscrm.domain.Picklist;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A deal's own editable fields as the Details tab holds them: name, amount (as typed), close date, stage (the
 * team's open stages) and forecast category. They are applied to the deal only when it is saved.
 */
public final class DealFields {
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty amount = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> closeDate = new SimpleObjectProperty<>();
    private final ObjectProperty<DealStage> stage = new SimpleObjectProperty<>();
    private final ObjectProperty<ForecastCategory> forecast = new SimpleObjectProperty<>(ForecastCategory.PIPELINE);
    private final ObservableList<DealStage> stageOptions = FXCollections.observableArrayList();
    private List<Object> pristine = List.of();

    void show(Deal d, Picklist stages) {
        name.set(d.getName() == null ? "" : d.getName());
        amount.set(plain(d.getAmount()));
        closeDate.set(d.getCloseDate());
        offerStages(d.getStage(), stages);
        stage.set(d.getStage());
        forecast.set(d.getForecastCategory() == null ? ForecastCategory.PIPELINE : d.getForecastCategory());
        pristine = values();
    }

    /** The team's open stages in its order (and the deal's own, if retired); a closed deal keeps its stage. */
    private void offerStages(DealStage current, Picklist stages) {
        List<DealStage> offered = new ArrayList<>();
        if (current == null || !current.isClosed()) {
            stages.active().forEach(v -> Arrays.stream(DealStage.values())
                    .filter(s -> s.name().equals(v.key()) && !s.isClosed()).forEach(offered::add));
        }
        if (current != null && !offered.contains(current)) {
            offered.add(current);
        }
        if (!offered.equals(stageOptions)) {
            stage.set(null); // before the choices change, so the old value never meets the new list
            stageOptions.setAll(offered);
        }
    }

    /** The amount of a deal with products: their sum, shown in the (then read-only) amount field. */
    void showSum(BigDecimal sum) {
        amount.set(plain(sum));
    }

    boolean isDirty() {
        return !values().equals(pristine);
    }

    void discard() {
        if (pristine.size() == 5) {
            name.set((String) pristine.get(0));
            amount.set((String) pristine.get(1));
            closeDate.set((LocalDate) pristine.get(2));
            stage.set((DealStage) pristine.get(3));
            forecast.set((ForecastCategory) pristine.get(4));
        }
    }

    /** Puts the typed values on {@code draft}; {@code sum} (the products' total) wins over a typed amount. */
    void apply(Deal draft, BigDecimal sum, List<FieldError> found) {
        draft.setName(name.get() == null || name.get().isBlank() ? null : name.get().strip());
        draft.setAmount(sum != null ? sum : parseAmount(amount.get(), found));
        draft.setCloseDate(closeDate.get());
        draft.setStage(stage.get());
        draft.setForecastCategory(forecast.get());
    }

    private static BigDecimal parseAmount(String text, List<FieldError> found) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            found.add(new FieldError("amount", "'" + text.strip() + "' is not an amount, e.g. 25000"));
            return null;
        }
    }

    private List<Object> values() {
        return Arrays.asList(name.get(), amount.get(), closeDate.get(), stage.get(), forecast.get());
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    public StringProperty nameProperty() { return name; }
    public StringProperty amountProperty() { return amount; }
    public ObjectProperty<LocalDate> closeDateProperty() { return closeDate; }
    public ObjectProperty<DealStage> stageProperty() { return stage; }
    public ObjectProperty<ForecastCategory> forecastProperty() { return forecast; }
    public ObservableList<DealStage> stageOptions() { return stageOptions; }
    public List<ForecastCategory> forecastOptions() { return List.of(ForecastCategory.values()); }
}
