package com.nexuscrm.app;

import com.nexuscrm.usecase.Workspace;
import com.nexuscrm.app.adapters.SpeechSettings;
import com.nexuscrm.app.adapters.SavedFilterAudiences;
import com.nexuscrm.domain.Threads;
import com.nexuscrm.usecase.EnrichLeads;
import com.nexuscrm.usecase.LeadServices;
import com.nexuscrm.usecase.TeamSlaPolicy;
import com.nexuscrm.usecase.RescoreAndRoute;
import com.nexuscrm.usecase.SaveLead;
import com.nexuscrm.usecase.TeamChoices;
import com.nexuscrm.usecase.TodayQueue;
import com.nexuscrm.usecase.LogActivity;
import com.nexuscrm.usecase.TaskReminders;
import com.nexuscrm.usecase.CampaignScheduler;

import com.nexuscrm.conversation.CallAnalyzer;
import com.nexuscrm.conversation.CallJobs;
import com.nexuscrm.conversation.RecordingVault;
import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.CallRecording;
import com.nexuscrm.domain.CompanyDirectory;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.call.CallLog;
import com.nexuscrm.speech.WorkerTranscriber;
import com.nexuscrm.storage.StoredCalls;
import com.nexuscrm.domain.Directory;
import com.nexuscrm.domain.LeadEnrichment;
import com.nexuscrm.domain.User;
import com.nexuscrm.domain.routing.RoutingRuleRepository;
import com.nexuscrm.domain.routing.SlaFeed;
import com.nexuscrm.domain.routing.SlaRepository;
import com.nexuscrm.routing.LeadRouting;
import com.nexuscrm.routing.SlaMonitor;
import com.nexuscrm.routing.SlaWatch;
import com.nexuscrm.storage.StoredDirectory;
import com.nexuscrm.storage.StoredSla;
import com.nexuscrm.storage.WorkspaceMeta;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.sync.SyncControl;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Executor;
import com.nexuscrm.scoring.LeadScoring;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything that exists once a workspace is unlocked: the store, its background sync and the services over
 * them. It builds no screen models: those are {@link SessionScreens}'.
 */
public final class WorkspaceSession implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceSession.class);

    private final WorkspaceStore store;
    private final Directory directory;
    private final CompanyDirectory companies;
    private final LeadEnrichment enrichment;
    private volatile User currentUser;
    private volatile List<User> users;
    private final boolean sample;
    private final SyncLauncher.Running sync;
    private final LeadScoring scoring;
    /** One thread for the detail pane's scoring and what-if, so the FX thread never loads ND4J. */
    private final ExecutorService scoringThread = Executors.newSingleThreadExecutor(Threads.daemon("nexus-scoring"));
    private final RoutingRuleRepository routingRules;
    private final SlaRepository slaRecords;
    private final LeadRouting leadRouting;
    private final SlaMonitor slaMonitor;
    private final TeamSlaPolicy slaPolicy;
    private final SlaWatch slaWatch;
    private final CallJobs calls;
    private final TaskReminders reminders;
    private final TeamChoicesFeed teamChoices;
    private final CampaignScheduler campaigns;

    /**
     * Built on a background thread right after unlocking: reads what the screens need up front.
     *
     * @param fxThread where SLA events are delivered ({@code Platform::runLater})
     */
    WorkspaceSession(WorkspaceStore store, SyncLauncher syncLauncher, Executor fxThread) {
        this.store = store;
        this.directory = new StoredDirectory(store);
        EnrichLeads enrich = new EnrichLeads(Workspace.over(store));
        this.companies = enrich.companies();
        this.enrichment = enrich.enrichment();
        this.currentUser = directory.currentUser();
        this.users = directory.users();
        this.sample = store.meta().get(WorkspaceMeta.SAMPLE).map(Boolean::parseBoolean).orElse(false);
        this.sync = syncLauncher.launch(store);
        // The forms' picklists and the workspace currency, read here so no screen reads them on the FX thread.
        this.teamChoices = new TeamChoicesFeed(() -> TeamChoices.load(Workspace.over(store)), fxThread).loadNow();
        sync.control().onStatus(teamChoices::syncStatus);
        this.scoring = LeadServices.scoring(store);
        ZoneId zone = ZoneId.systemDefault();
        this.routingRules = LeadServices.routingRules(store, directory);
        this.slaRecords = new StoredSla(store);
        this.leadRouting = LeadServices.routing(store, directory);
        this.slaPolicy = LeadServices.slaPolicy(store, directory);
        this.slaMonitor = new SlaMonitor(slaRecords, directory, zone, slaPolicy);
        this.slaWatch = new SlaWatch(slaMonitor, Clock.systemUTC(), fxThread)
                .start(Duration.ofSeconds(10), Duration.ofSeconds(30));
        this.reminders = new TaskReminders(store.activities(), () -> currentUser.getId(), Clock.systemUTC(), fxThread)
                .start(Duration.ofSeconds(15), Duration.ofSeconds(30));
        // Sends nothing until Settings ▸ Campaigns turns it on, and never while a team server is linked.
        this.campaigns = new CampaignScheduler(Workspace.over(store), Clock.systemUTC(), zone, fxThread,
                        SavedFilterAudiences.over(store.meta(), () -> currentUser.getId()))
                .start(Duration.ofSeconds(30), Duration.ofMinutes(1));
        RecordingVault recordings = new RecordingVault(CallJobs.recordingsFolder(store.folder()), store.recordingsKey());
        recordings.encryptPlainRecordings(); // left plain by versions before recordings were encrypted
        this.calls = new CallJobs(store.repository(CallRecording.class), store.repository(Activity.class),
                store.repository(Deal.class), new StoredCalls(store), new WorkerTranscriber(),
                () -> SpeechSettings.of(store.meta()).options(), new CallAnalyzer(), () -> SpeechSettings.analysis(store.meta()),
                recordings, Clock.systemUTC(), fxThread);
    }

    /** The call recordings' job queue; jobs left unfinished are resumed when the window opens. */
    CallJobs calls() { return calls; }

    /** Logging activities and completing tasks. */
    LogActivity logActivity() { return new LogActivity(Workspace.over(store), Clock.systemUTC()); }

    /** The current user's task reminders as they come due, delivered on the FX thread. */
    TaskReminders reminders() { return reminders; }

    /** Campaign touches sent from this workstation when standalone (Settings ▸ Campaigns). */
    CampaignScheduler campaigns() { return campaigns; }

    /** The team's picklists and currency, as last read (never blocks), with their changes on the FX thread. */
    TeamChoicesFeed teamChoices() { return teamChoices; }

    /** The calls list and analyses in the store. */
    CallLog callLog() { return new StoredCalls(store); }

    /** Everyone in the workspace's directory, as read at open (or after connecting). */
    List<User> users() { return users; }

    LeadScoring scoring() { return scoring; }

    WorkspaceStore store() { return store; }

    /**
     * Re-reads who uses the workspace: connecting adopts the team server's user in place of the local
     * owner. Call off the FX thread, then drop the screens built for the previous user.
     */
    void reloadUsers() {
        currentUser = directory.currentUser();
        users = directory.users();
        teamChoices.refresh(); // the server's user may belong to another team
    }


    Directory directory() { return directory; }

    CompanyDirectory companies() { return companies; }

    LeadEnrichment enrichment() { return enrichment; }

    User currentUser() { return currentUser; }

    /** The sample workspace is made-up data: it never connects to a team server. */
    boolean isSample() { return sample; }

    SyncControl sync() { return sync.control(); }

    /** The routing table of Settings → Lead routing. */
    RoutingRuleRepository routingRules() { return routingRules; }

    /** The team's SLA policy (Settings → SLA policy edits it). */
    TeamSlaPolicy slaPolicy() { return slaPolicy; }

    /** Saving a lead from the form: store, enrich when new, score, route when routable. */
    SaveLead saveLead() {
        return new SaveLead(store.leads(), enrichment, scoring, leadRouting::route);
    }

    /** Scoring what needs it, then routing what is routable: on open, and after the directory enriched leads. */
    RescoreAndRoute rescoreAndRoute() {
        return new RescoreAndRoute(scoring, leadRouting);
    }

    /** Routes New, never-routed leads: {@code route(leadId)} after scoring one, {@code routeUnrouted} for all. */
    LeadRouting leadRouting() { return leadRouting; }

    /** Time left per lead ({@code slaMonitor().clock()}), breach reports, and {@code check(now)} on demand. */
    SlaMonitor slaMonitor() { return slaMonitor; }

    /** SLA events every 30 seconds, delivered on the FX thread; subscribe while a screen is shown. */
    SlaFeed slaFeed() { return slaWatch; }

    SlaRepository slaRecords() { return slaRecords; }

    /** The current user's work queue for today (the Today screen), in their own time zone. */
    TodayQueue todayQueue() {
        return new TodayQueue(store.activities(), store.leads(), store.deals(), slaRecords, slaMonitor::clock,
                Clock.systemUTC(), ZoneId.systemDefault());
    }

    /** One thread for the detail pane's scoring and what-if, so the FX thread never loads ND4J. */
    Executor scoringThread() { return scoringThread; }

    /** Stops the SLA watch and sync first, so nothing is reading or writing when the store closes. */
    @Override
    public void close() {
        scoringThread.shutdown(); // not interrupted: a read of the store in progress finishes first
        try {
            scoringThread.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        calls.close();
        campaigns.close();
        reminders.close();
        teamChoices.close();
        slaWatch.close();
        try {
            sync.stop().close();
        } catch (Exception e) {
            LOG.warn("Background sync did not stop cleanly: {}", e.toString());
        }
        store.close();
    }
}
