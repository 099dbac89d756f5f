package com.nexuscrm.ui.deals;

import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealChange;
import com.nexuscrm.domain.DealContact;
import com.nexuscrm.domain.DealLineItem;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.FieldError;
import com.nexuscrm.domain.Picklist;
import com.nexuscrm.domain.PicklistName;
import com.nexuscrm.domain.Picklists;
import com.nexuscrm.domain.RecordRef;
import com.nexuscrm.domain.RecordRules;
import com.nexuscrm.domain.User;
import com.nexuscrm.domain.ValidationException;
import com.nexuscrm.ui.common.DialogService;
import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.ui.common.LatestRequest;
import com.nexuscrm.ui.common.LeaveGuard;
import com.nexuscrm.ui.common.RecordNavigator;
import com.nexuscrm.ui.common.TaskExecutor;
import com.nexuscrm.usecase.SaveDeal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * One deal as a Salesforce user expects it: a header (amount, stage, close date, owner, forecast category, the
 * models' win probability and predicted close, Close won/lost or Reopen), the editable fields, its products, its
 * buying group and its stage history. Edits stay in memory until Save, which writes the deal, its line items and
 * its buying group through {@link SaveDeal} in one change set (so its history is never behind); field errors come
 * back by field name and show next to the fields. Reading and writing run on the {@link TaskExecutor}.
 */
public final class DealDetailViewModel {
    private final DealDetailStores stores;
    private final SaveDeal saving;
    private final User me;
    private final Map<UUID, String> users;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final RecordNavigator navigator;
    private final Clock clock;
    private final Formats formats;
    private final DealFields fields = new DealFields();
    private final DealLineItemsViewModel lineItems;
    private final DealContactsViewModel contacts = new DealContactsViewModel();
    private final DealHistoryViewModel history;
    private final DealDetailHeader header = new DealDetailHeader();
    private final DealClosing closing;
    private final LatestRequest opening = new LatestRequest();
    private final LeaveGuard unsaved;
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final ReadOnlyObjectWrapper<RecordRef> record = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(false);
    private Supplier<Picklist> stages = () -> Picklists.defaults(PicklistName.DEAL_STAGE);
    private Consumer<Deal> onSaved = d -> { };
    private Deal deal;
    private List<DealChange> shownHistory = List.of();

    public DealDetailViewModel(DealDetailStores stores, SaveDeal saving, User me, List<User> users, TaskExecutor tasks,
                               DialogService dialogs, RecordNavigator navigator, Clock clock, Formats formats) {
        this.stores = stores;
        this.saving = saving;
        this.me = me;
        this.users = users.stream().collect(Collectors.toMap(User::getId, User::getDisplayName, (a, b) -> a));
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.navigator = navigator;
        this.clock = clock;
        this.formats = formats;
        this.lineItems = new DealLineItemsViewModel(formats);
        this.history = new DealHistoryViewModel(formats);
        this.closing = new DealClosing(saving, me, tasks, dialogs);
        this.unsaved = new com.nexuscrm.ui.common.UnsavedPrompt("deal", this::isDirty, () -> headingProperty().get(), this::save,
                this::discard, dialogs);
        lineItems.sumProperty().addListener((o, was, sum) -> {
            if (sum != null) {
                fields.showSum(sum); // a deal with products is worth their sum
            }
        });
    }

    /** The team's deal stages (names and which are offered), as the app has already read them off the FX thread. */
    public void useTeamStages(Supplier<Picklist> teamStages) {
        this.stages = teamStages;
    }

    /** Told after each save, close or reopen, with the deal as stored (the host refreshes its list or board). */
    public void setOnSaved(Consumer<Deal> onSaved) {
        this.onSaved = onSaved == null ? d -> { } : onSaved;
    }

    /** Opens the deal at once (edits not saved are dropped: ask first with {@link #open}). */
    public void show(UUID dealId) {
        tasks.run(opening, "Opening deal", p -> stores.read(dealId), this::showSnapshot,
                e -> dialogs.showError("Cannot open the deal", e.getMessage()));
    }

    /** Opens the deal, first asking Save / Discard / Stay when the shown one has unsaved edits. */
    public void open(UUID dealId, Runnable stay) {
        if (dealId != null && !shows(dealId)) {
            unsaved.leave(() -> show(dealId), stay);
        }
    }

    /** Asked before the user leaves the deal (another section, closing the window). */
    public LeaveGuard leaveGuard() {
        return unsaved;
    }

    public boolean shows(UUID dealId) {
        return deal != null && deal.getId().equals(dealId);
    }

    private void showSnapshot(DealDetailStores.Snapshot s) {
        deal = s.deal();
        shownHistory = s.history();
        String currency = s.deal().getCurrency();
        lineItems.show(s.items(), currency);
        contacts.show(s.group(), s.accountContacts(), s.people(), s.accountName() != null);
        history.show(s.history(), users, this::stageLabel, currency, s.deal().getCreatedAt(), clock.instant());
        fields.show(s.deal(), stages.get());
        header.show(s.deal(), s.accountName(), DealHeader.of(s.deal(), users.getOrDefault(s.deal().getOwnerId(), ""),
                s.score(), stages.get(), formats));
        errors.clear();
        record.set(RecordRef.deal(s.deal().getId()));
        editing.set(true);
    }

    /** True when the fields, the products or the buying group hold edits that are not saved. */
    public boolean isDirty() {
        return deal != null && (fields.isDirty() || lineItems.isDirty() || contacts.isDirty());
    }

    /** Drops unsaved edits: the detail shows the deal as last read. */
    public void discard() {
        if (deal != null) {
            lineItems.discard();
            contacts.discard();
            fields.discard();
            errors.clear();
        }
    }

    /** Validates and, when valid, saves in the background. Returns the errors found (empty = saving). */
    public List<FieldError> save() {
        return save(() -> { });
    }

    /** As {@link #save()}, running {@code afterSaved} once the deal is stored. */
    public List<FieldError> save(Runnable afterSaved) {
        if (deal == null) {
            return List.of();
        }
        List<FieldError> found = new ArrayList<>();
        List<DealLineItem> items = lineItems.isDirty() ? lineItems.items(found) : null;
        Deal draft = deal;
        fields.apply(draft, lineItems.sumProperty().get(), found);
        found.addAll(RecordRules.check(draft));
        showErrors(found);
        if (!found.isEmpty()) {
            return found;
        }
        List<DealContact> group = contacts.isDirty() ? contacts.contacts() : null;
        tasks.run("Saving deal", p -> saving.save(draft, items, group, me), saved -> {
            stored(saved);
            afterSaved.run();
        }, this::saveFailed);
        return found;
    }

    private void saveFailed(Throwable e) {
        if (e instanceof ValidationException invalid) {
            showErrors(invalid.errors().stream().map(DealDetailViewModel::onForm).toList());
        } else {
            dialogs.showError("Cannot save the deal", e.getMessage());
        }
    }

    /** A line item's or buying group's field error, under the name of the part of the detail that shows it. */
    private static FieldError onForm(FieldError e) {
        return switch (e.field()) {
            case "product", "quantity", "unitPrice", "discountPercent" ->
                    new FieldError("lineItems", "A product's " + e.field() + " " + e.message());
            case "contactId", "role" -> new FieldError("contacts", e.message());
            default -> e;
        };
    }

    private void showErrors(List<FieldError> found) {
        errors.clear();
        found.forEach(e -> errors.putIfAbsent(e.field(), e.message()));
    }

    private void stored(Deal saved) {
        onSaved.accept(saved);
        if (shows(saved.getId())) {
            show(saved.getId());
        }
    }

    /** Closes the deal as won, after asking for the reason (optional); unsaved edits are asked about first. */
    public void closeWon() {
        if (deal != null) {
            UUID id = deal.getId();
            unsaved.leave(() -> closing.close(id, true, this::stored), () -> { });
        }
    }

    /** Closes the deal as lost, after asking for the reason (required). */
    public void closeLost() {
        if (deal != null) {
            UUID id = deal.getId();
            unsaved.leave(() -> closing.close(id, false, this::stored), () -> { });
        }
    }

    /** Reopens a closed deal in the stage it was in before it closed (its outcome and reason are cleared). */
    public void reopen() {
        if (deal != null && deal.getStage() != null && deal.getStage().isClosed()) {
            DealStage back = DealClosing.stageBeforeClosing(shownHistory);
            closing.reopen(deal.getId(), header.headingProperty().get(), back, stageLabel(back), this::stored);
        }
    }

    /** Opens the deal's account under Customers. */
    public void openAccount() {
        if (deal != null && deal.getAccountId() != null) {
            navigator.open(RecordRef.account(deal.getAccountId()));
        }
    }

    /** A stage as the team names it. */
    public String stageLabel(DealStage s) {
        return DealHeader.stageLabel(stages.get(), s);
    }

    public DealFields fields() { return fields; }
    public DealDetailHeader header() { return header; }
    public DealLineItemsViewModel lineItems() { return lineItems; }
    public DealContactsViewModel contacts() { return contacts; }
    public DealHistoryViewModel history() { return history; }
    /** Field name → message: name, amount, closeDate, stage, currency, lineItems, contacts. */
    public ObservableMap<String, String> errors() { return errors; }
    public ReadOnlyStringProperty headingProperty() { return header.headingProperty(); }
    public ReadOnlyBooleanProperty editingProperty() { return editing.getReadOnlyProperty(); }
    /** The deal shown, for its timeline; null until one is open. */
    public ReadOnlyObjectProperty<RecordRef> recordProperty() { return record.getReadOnlyProperty(); }
}
