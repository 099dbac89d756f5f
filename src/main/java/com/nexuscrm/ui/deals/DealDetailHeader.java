package com.nexuscrm.ui.deals;

import com.nexuscrm.domain.Deal;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The deal header's lines as read-only properties, set each time a deal is shown (see {@link DealHeader}). */
public final class DealDetailHeader {
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper account = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper amount = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper stage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper closeDate = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper owner = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper forecast = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper score = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper currency = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper closed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper hasAccount = new ReadOnlyBooleanWrapper(false);

    void show(Deal d, String accountName, DealHeader h) {
        heading.set(d.getName() == null ? "" : d.getName());
        account.set(accountName == null ? "No account" : accountName);
        hasAccount.set(accountName != null);
        amount.set(h.amount());
        stage.set(h.stage());
        closeDate.set(h.closeDate());
        owner.set(h.owner().isEmpty() ? "" : "Owner " + h.owner());
        forecast.set("Forecast: " + h.forecast());
        score.set(h.score());
        outcome.set(h.outcome());
        currency.set(d.getCurrency() == null ? "" : d.getCurrency());
        closed.set(d.getStage() != null && d.getStage().isClosed());
    }

    public ReadOnlyStringProperty headingProperty() { return heading.getReadOnlyProperty(); }
    public ReadOnlyStringProperty accountProperty() { return account.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty hasAccountProperty() { return hasAccount.getReadOnlyProperty(); }
    public ReadOnlyStringProperty amountProperty() { return amount.getReadOnlyProperty(); }
    public ReadOnlyStringProperty stageProperty() { return stage.getReadOnlyProperty(); }
    public ReadOnlyStringProperty closeDateProperty() { return closeDate.getReadOnlyProperty(); }
    public ReadOnlyStringProperty ownerProperty() { return owner.getReadOnlyProperty(); }
    public ReadOnlyStringProperty forecastProperty() { return forecast.getReadOnlyProperty(); }
    /** "Win probability 62% · predicted close …", or "Not scored yet". */
    public ReadOnlyStringProperty scoreProperty() { return score.getReadOnlyProperty(); }
    /** "Won on … : reason" / "Lost on …: reason"; empty while the deal is open. */
    public ReadOnlyStringProperty outcomeProperty() { return outcome.getReadOnlyProperty(); }
    /** The deal's currency code (the workspace currency for deals made here). */
    public ReadOnlyStringProperty currencyProperty() { return currency.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty closedProperty() { return closed.getReadOnlyProperty(); }
}
