package com.nexuscrm.app;

import com.nexuscrm.app.adapters.EnrichImportedLeads;
import com.nexuscrm.app.adapters.ListImportedDuplicates;
import com.nexuscrm.app.adapters.TeamImportPicklists;
import com.nexuscrm.app.adapters.WorkspaceToday;
import com.nexuscrm.domain.RecordRef;
import com.nexuscrm.transfer.CsvExporter;
import com.nexuscrm.transfer.CsvImporter;
import com.nexuscrm.transfer.RecordKind;
import com.nexuscrm.ui.calls.CallAnalysisView;
import com.nexuscrm.ui.calls.CallDetailView;
import com.nexuscrm.ui.calls.CallsView;
import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.ui.common.RecordNavigator;
import com.nexuscrm.ui.convert.ConvertLeadView;
import com.nexuscrm.ui.convert.ConvertLeadViewModel;
import com.nexuscrm.ui.convert.ConvertLeadWindow;
import com.nexuscrm.ui.customers.AccountDetailView;
import com.nexuscrm.ui.customers.AccountImports;
import com.nexuscrm.ui.customers.AccountInsightsView;
import com.nexuscrm.ui.customers.AccountInsightsViewModel;
import com.nexuscrm.ui.customers.AccountsView;
import com.nexuscrm.ui.customers.ContactDetailView;
import com.nexuscrm.ui.customers.ContactsView;
import com.nexuscrm.ui.customers.CustomersView;
import com.nexuscrm.ui.customers.CustomersViewModel;
import com.nexuscrm.ui.deals.DealDetailView;
import com.nexuscrm.ui.deals.DealInsightsView;
import com.nexuscrm.ui.deals.DealInsightsViewModel;
import com.nexuscrm.ui.deals.DealsView;
import com.nexuscrm.ui.forecast.ForecastView;
import com.nexuscrm.ui.forecast.ForecastViewModel;
import com.nexuscrm.ui.leads.LeadActivityView;
import com.nexuscrm.ui.leads.LeadDetailView;
import com.nexuscrm.ui.leads.LeadRecordActions;
import com.nexuscrm.ui.leads.LeadScoreView;
import com.nexuscrm.ui.leads.LeadsView;
import com.nexuscrm.ui.leads.LeadsViewModel;
import com.nexuscrm.ui.merge.MergeView;
import com.nexuscrm.ui.merge.MergeViewModel;
import com.nexuscrm.ui.merge.MergeWindow;
import com.nexuscrm.ui.sync.SyncFeed;
import com.nexuscrm.ui.team.TeamAccountsView;
import com.nexuscrm.ui.today.TodayView;
import com.nexuscrm.ui.today.TodayViewModel;
import com.nexuscrm.ui.transfer.AfterImport;
import com.nexuscrm.ui.transfer.ExportAction;
import com.nexuscrm.ui.transfer.ImportView;
import com.nexuscrm.ui.transfer.ImportViewModel;
import com.nexuscrm.ui.transfer.ImportWindow;
import com.nexuscrm.usecase.ConvertLead;
import com.nexuscrm.usecase.FindDuplicates;
import com.nexuscrm.usecase.ForecastDeals;
import com.nexuscrm.usecase.LogActivity;
import com.nexuscrm.usecase.MergeRecords;
import com.nexuscrm.usecase.TeamPicklists;
import com.nexuscrm.usecase.Workspace;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;

/**
 * The controllers of the record screens (Today, Leads, Deals, Forecast, Calls, Customers) with their detail and
 * insights panes and their import, export, convert and merge windows, over the open workspace's shared models.
 */
final class RecordViewFactories {
    private final ScreenWiring w;
    /** Where Today's rows open their records. */
    private final RecordNavigator navigator;
    private final SyncFeed syncFeed;

    RecordViewFactories(ScreenWiring wiring, RecordNavigator navigator, SyncFeed syncFeed) {
        this.w = wiring;
        this.navigator = navigator;
        this.syncFeed = syncFeed;
    }

    /** Adds this group's controllers to the window's controller factory. */
    ScreenTable addTo(ScreenTable table) {
        return CampaignScreens.addTo(table, w)
                .put(ImportView.class, ImportViewModel.class, ImportView::new)
                .put(LeadsView.class, this::leadsView)
                .put(ConvertLeadView.class, ConvertLeadViewModel.class, ConvertLeadView::new)
                .put(MergeView.class, MergeViewModel.class, MergeView::new)
                .put(LeadDetailView.class, () -> new LeadDetailView(screens().leads().detail()))
                .put(LeadActivityView.class, () -> new LeadActivityView(screens().leadTimeline()))
                .put(LeadScoreView.class, () -> new LeadScoreView(screens().leads().detail().score()))
                .put(CustomersView.class, () -> new CustomersView(screens().customers()))
                .put(AccountsView.class, this::accountsView)
                .put(ContactsView.class, this::contactsView)
                .put(AccountDetailView.class, () -> new AccountDetailView(screens().customers().accounts().detail(),
                        screens().timelineOf(screens().customers().accounts().detail().recordProperty()),
                        accountInsightsOf(screens().customers().accounts().detail().recordProperty())))
                .put(ContactDetailView.class, () -> new ContactDetailView(screens().customers().contacts().detail(),
                        screens().timelineOf(screens().customers().contacts().detail().recordProperty())))
                .put(CallsView.class, () -> new CallsView(screens().calls()))
                .put(CallAnalysisView.class, () -> new CallAnalysisView(screens().callAnalysis()))
                .put(CallDetailView.class, () -> new CallDetailView(screens().calls().detail()))
                .put(DealsView.class, () -> new DealsView(screens().deals(), screens().dealDetail()))
                .put(DealDetailView.class, () -> new DealDetailView(
                        screens().dealDetail(), screens().timelineOf(screens().dealDetail().recordProperty()),
                        () -> dealInsightsOf(screens().dealDetail().recordProperty())))
                .put(DealInsightsView.class, DealInsightsViewModel.class, DealInsightsView::new)
                .put(AccountInsightsView.class, AccountInsightsViewModel.class, AccountInsightsView::new)
                .put(ForecastView.class, this::forecastView)
                .put(TodayView.class, this::todayView)
                .put(TeamAccountsView.class, () -> TeamAccountsScreen.view(w.requireSession(), navigator, w.tasks()));
    }

    private WorkspaceSession session() { return w.requireSession(); }

    private SessionScreens screens() { return w.requireScreens(); }

    private LeadsView leadsView() {
        WorkspaceSession s = session();
        LeadsViewModel leads = screens().leads();
        return new LeadsView(leads, new ImportWindow(w.views(), this::leadImport),
                new ExportAction(new CsvExporter(s.store()::repository), RecordKind.LEADS, w.tasks(), w.dialogs()),
                new LeadRecordActions(convertWindow(leads), mergeWindow(), CampaignScreens.enrolPeople(w)));
    }

    private ConvertLeadWindow convertWindow(LeadsViewModel leads) {
        WorkspaceSession s = session();
        return new ConvertLeadWindow(w.views(), () -> new ConvertLeadViewModel(
                new ConvertLead(Workspace.over(s.store()), Clock.systemUTC(), s.teamChoices().current().currency()), w.tasks(),
                s.currentUser(), Formats.user().locale(), LocalDate.now(),
                c -> leads.rowsChanged(List.of(c.lead().getId()), List.of())));
    }

    /** Merging two leads, contacts or accounts: one per screen that offers it (see {@link MergeWindow#show}). */
    MergeWindow mergeWindow() {
        return new MergeWindow(w.views(), new MergeRecords(Workspace.over(session().store())), w.tasks());
    }

    private ForecastView forecastView() {
        WorkspaceSession s = session();
        var lastSynced = Bindings.createObjectBinding(
                () -> syncFeed.current().status().lastSynced(), syncFeed.snapshotProperty());
        return new ForecastView(new ForecastViewModel(
                ForecastDeals.of(Workspace.over(s.store()), Formats.user().zone(), Clock.systemUTC()),
                () -> s.teamChoices().current().currency(), lastSynced, Clock.systemUTC(), Formats.user(), w.tasks()));
    }

    private TodayView todayView() {
        WorkspaceSession s = session();
        WorkspaceToday source = new WorkspaceToday(s.todayQueue(), new LogActivity(Workspace.over(s.store()), Clock.systemUTC()),
                s.currentUser());
        return new TodayView(new TodayViewModel(source, navigator, s.currentUser(), Formats.user(), w.tasks(), w.dialogs()));
    }

    /** The lead import dialog's model as the Leads screen opens it (tests open the dialog on a file with it). */
    ImportViewModel leadImport() {
        return importModel(RecordKind.LEADS, screens().leads()::load, new EnrichImportedLeads(session().enrichment()));
    }

    /** An import dialog's model: team picklists matched, likely duplicates listed after {@code first}. */
    private ImportViewModel importModel(RecordKind kind, Runnable onImported, AfterImport first) {
        Workspace ws = Workspace.over(session().store());
        String currency = session().teamChoices().current().currency(); // deals without a currency column
        return new ImportViewModel(new CsvImporter(ws::repository, Clock.systemUTC(), currency), kind, w.tasks(), onImported,
                new ListImportedDuplicates(first, new FindDuplicates(ws), kind), new TeamImportPicklists(TeamPicklists.of(ws)));
    }

    private AccountsView accountsView() {
        CustomersViewModel customers = screens().customers();
        return new AccountsView(customers.accounts(), new AccountImports(importWindow(RecordKind.ACCOUNTS, customers::load),
                new ImportWindow(w.views(), () -> accountDataImport(RecordKind.TICKETS)),
                new ImportWindow(w.views(), () -> accountDataImport(RecordKind.USAGE))),
                exportAction(RecordKind.ACCOUNTS), mergeWindow());
    }

    /**
     * The import dialog's model for support tickets or product usage (the rules of {@code nexus import tickets|usage});
     * once imported, the shown account's tickets, usage, timeline and insights are read again.
     */
    ImportViewModel accountDataImport(RecordKind kind) {
        return importModel(kind, () -> {
            screens().customers().accounts().detail().refreshRelated();
            screens().accountInsights().refresh();
        }, AfterImport.NOTHING);
    }

    private ContactsView contactsView() {
        CustomersViewModel customers = screens().customers();
        return new ContactsView(customers.contacts(), importWindow(RecordKind.CONTACTS, customers::load),
                exportAction(RecordKind.CONTACTS), mergeWindow());
    }

    private ImportWindow importWindow(RecordKind kind, Runnable onImported) {
        return new ImportWindow(w.views(), () -> importModel(kind, onImported, AfterImport.NOTHING));
    }

    private ExportAction exportAction(RecordKind kind) {
        return new ExportAction(new CsvExporter(session().store()::repository), kind, w.tasks(), w.dialogs());
    }

    /** The deal's health and risks view, following the deal a detail pane shows. */
    private Parent dealInsightsOf(ObservableValue<RecordRef> shown) {
        DealInsightsViewModel insights = screens().dealInsights();
        followShown(shown, insights::show);
        return w.views().load(DealInsightsView.SCREEN, insights);
    }

    /** The account's insights view, following the account the detail pane shows. */
    private Parent accountInsightsOf(ObservableValue<RecordRef> shown) {
        AccountInsightsViewModel insights = screens().accountInsights();
        followShown(shown, insights::show);
        return w.views().load(AccountInsightsView.SCREEN, insights);
    }

    private static void followShown(ObservableValue<RecordRef> shown, Consumer<UUID> show) {
        Consumer<RecordRef> follow = ref -> {
            if (ref != null) {
                show.accept(ref.id());
            }
        };
        follow.accept(shown.getValue());
        shown.addListener((o, was, now) -> follow.accept(now));
    }
}
