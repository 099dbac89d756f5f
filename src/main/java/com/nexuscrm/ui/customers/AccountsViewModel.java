package com.nexuscrm.ui.customers;

import com.nexuscrm.domain.AccountRepository;
import com.nexuscrm.domain.AccountRow;
import com.nexuscrm.domain.User;
import com.nexuscrm.ui.common.DialogService;
import com.nexuscrm.ui.common.TaskExecutor;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The accounts list: search, industry/country/owner filters, saved views, sort; the detail pane beside it. */
public final class AccountsViewModel extends CustomerList<AccountRow> {
    private static final Comparator<AccountRow> BY_NAME = Comparator.comparing(
            (AccountRow a) -> a.name() == null ? "" : a.name(), String.CASE_INSENSITIVE_ORDER);
    private final AccountRepository accounts;
    private final AccountDetailViewModel detail;
    private final UUID team;
    private final ObservableList<String> industries = FXCollections.observableArrayList();
    private final ObservableList<String> countries = FXCollections.observableArrayList();

    public AccountsViewModel(AccountRepository accounts, User currentUser, List<User> users, TaskExecutor tasks,
                             DialogService dialogs, SavedViewStore views, AccountDetailViewModel detail) {
        super("accounts", currentUser, users, tasks, dialogs, views);
        this.accounts = accounts;
        this.detail = detail;
        this.team = currentUser.getTeamId();
        detail.setOnSaved(this::replace);
        detail.setOnDeleted(this::remove);
    }

    @Override
    protected List<AccountRow> read() {
        return accounts.rows();
    }

    @Override
    protected void loaded(List<AccountRow> rows) {
        setChoices(industries, rows, AccountRow::industry);
        setChoices(countries, rows, AccountRow::country);
    }

    /** The distinct values of a column, sorted, after "any" (null). */
    static <R> void setChoices(ObservableList<String> target, List<R> rows, Function<R, String> value) {
        TreeSet<String> distinct = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        rows.stream().map(value).filter(Objects::nonNull).map(String::trim).filter(s -> !s.isEmpty()).forEach(distinct::add);
        target.setAll((String) null);
        target.addAll(distinct);
    }

    @Override
    protected UUID id(AccountRow row) { return row.id(); }

    @Override
    protected UUID ownerId(AccountRow row) { return row.ownerId(); }

    @Override
    protected String searchText(AccountRow row) { return row.searchText(); }

    @Override
    protected boolean matches(AccountRow row, CustomerCriteria c) {
        return CustomerCriteria.same(c.industry(), row.industry()) && CustomerCriteria.same(c.country(), row.country());
    }

    @Override
    protected Comparator<AccountRow> defaultOrder() { return BY_NAME; }

    @Override
    protected void open(UUID id) {
        detail.load(id);
    }

    /** Opens the selected row's detail (a click or arrow key in the table). */
    public void open(AccountRow row) {
        if (row != null && !RecordRefs.shows(detail.recordProperty().get(), row.id())) {
            detail.load(row.id());
        }
    }

    public void newAccount() {
        detail.startNew(me(), team);
    }

    public AccountDetailViewModel detail() { return detail; }
    public ObservableList<String> industries() { return industries; }

    /** An account's industry as the team names it (blank for none). */
    public String industryName(String key) {
        return key == null || key.isBlank() ? "" : detail.industryLabel(key);
    }
    public ObservableList<String> countries() { return countries; }
}
