package com.nexuscrm.app;

import com.nexuscrm.app.adapters.MetaSavedFilters;
import com.nexuscrm.app.adapters.SpeechSettings;
import com.nexuscrm.app.adapters.WorkspaceCallQueue;
import com.nexuscrm.domain.Threads;
import com.nexuscrm.usecase.EnrichLeads;
import com.nexuscrm.usecase.ScoreAndRoute;

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
import com.nexuscrm.storage.StoredRouting;
import com.nexuscrm.storage.StoredRoutingRules;
import com.nexuscrm.storage.StoredSla;
import com.nexuscrm.storage.WorkspaceMeta;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.sync.SyncControl;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Executor;
import com.nexuscrm.ui.calls.CallAnalysisViewModel;
import com.nexuscrm.ui.calls.CallDetailViewModel;
import com.nexuscrm.ui.calls.CallQueue;
import com.nexuscrm.ui.calls.CallsViewModel;
import com.nexuscrm.ui.common.DialogService;
import com.nexuscrm.ui.common.TaskExecutor;
import com.nexuscrm.ui.leads.LeadDetailViewModel;
import com.nexuscrm.ui.leads.LeadScoreViewModel;
import com.nexuscrm.ui.leads.LeadsViewModel;
import com.nexuscrm.scoring.LeadScoring;
import com.nexuscrm.scoring.ModelRegistry;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Everything that exists once a workspace is unlocked: the store, its background sync and the screens' models. */
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
    private volatile LeadsViewModel leads;
    private final LeadScoring scoring;
    /** One thread for the detail pane's scoring and what-if, so the FX thread never loads ND4J. */
    private final ExecutorService scoringThread = Executors.newSingleThreadExecutor(Threads.daemon("nexus-scoring"));
    private final RoutingRuleRepository routingRules;
    private final SlaRepository slaRecords;
    private final LeadRouting leadRouting;
    private final SlaMonitor slaMonitor;
    private final SlaWatch slaWatch;
    private final CallJobs calls;
    private volatile CallsViewModel callsScreen;
    /** The calls screen's queue; it holds the one recording decrypted for playback. */
    private volatile WorkspaceCallQueue callQueue;
    private volatile CallAnalysisViewModel callAnalysis;

    /**
     * Built on a background thread right after unlocking: reads what the screens need up front.
     *
     * @param fxThread where SLA events are delivered ({@code Platform::runLater})
     */
    WorkspaceSession(WorkspaceStore store, SyncLauncher syncLauncher, Executor fxThread) {
        this.store = store;
        this.directory = new StoredDirectory(store);
        EnrichLeads enrich = new EnrichLeads(store);
        this.companies = enrich.companies();
        this.enrichment = enrich.enrichment();
        this.currentUser = directory.currentUser();
        this.users = directory.users();
        this.sample = store.meta().get(WorkspaceMeta.SAMPLE).map(Boolean::parseBoolean).orElse(false);
        this.sync = syncLauncher.launch(store);
        this.scoring = new LeadScoring(new ModelRegistry(store.folder()), store.leadScores(), Clock.systemUTC());
        ZoneId zone = ZoneId.systemDefault();
        this.routingRules = new StoredRoutingRules(store);
        this.slaRecords = new StoredSla(store);
        this.leadRouting = new LeadRouting(routingRules, new StoredRouting(store), store.leads(), directory,
                Clock.systemUTC(), zone);
        this.slaMonitor = new SlaMonitor(slaRecords, directory, zone);
        this.slaWatch = new SlaWatch(slaMonitor, Clock.systemUTC(), fxThread)
                .start(Duration.ofSeconds(10), Duration.ofSeconds(30));
        RecordingVault recordings = new RecordingVault(CallJobs.recordingsFolder(store.folder()), store.recordingsKey());
        recordings.encryptPlainRecordings(); // left plain by versions before recordings were encrypted
        this.calls = new CallJobs(store.repository(CallRecording.class), store.repository(Activity.class),
                store.repository(Deal.class), new StoredCalls(store), new WorkerTranscriber(),
                () -> SpeechSettings.of(store.meta()).options(), new CallAnalyzer(), () -> SpeechSettings.analysis(store.meta()),
                recordings, Clock.systemUTC(), fxThread);
    }

    /** The call recordings' job queue; jobs left unfinished are resumed when the window opens. */
    CallJobs calls() { return calls; }

    /** The calls list and analyses in the store. */
    CallLog callLog() { return new StoredCalls(store); }

    /** One calls screen model per session, shared by the list and its detail pane. */
    CallsViewModel callsScreen(TaskExecutor tasks, DialogService dialogs) {
        if (callsScreen == null) {
            callQueue = new WorkspaceCallQueue(calls, callLog(), store.repository(CallRecording.class),
                    store.repository(Deal.class), currentUser.getId(), Clock.systemUTC());
            CallQueue queue = callQueue;
            CallDetailViewModel detail = new CallDetailViewModel(queue, tasks);
            callsScreen = new CallsViewModel(queue, currentUser.getId(), tasks, dialogs, detail);
            callAnalysis = new CallAnalysisViewModel(queue, tasks, detail);
        }
        return callsScreen;
    }

    /** The analysis panel beside the calls screen's transcript. */
    CallAnalysisViewModel callAnalysis(TaskExecutor tasks, DialogService dialogs) {
        callsScreen(tasks, dialogs);
        return callAnalysis;
    }

    /** Everyone in the workspace's directory, as read at open (or after connecting). */
    List<User> users() { return users; }

    LeadScoring scoring() { return scoring; }

    WorkspaceStore store() { return store; }

    /**
     * Re-reads who uses the workspace: connecting adopts the team server's user in place of the local
     * owner. Call off the FX thread, before the screens are built.
     */
    void reloadUsers() {
        currentUser = directory.currentUser();
        users = directory.users();
        leads = null;
        callsScreen = null;
        closeCallQueue();
    }

    private void closeCallQueue() {
        if (callQueue != null) {
            callQueue.close();
            callQueue = null;
        }
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

    /** Routes New, never-routed leads: {@code route(leadId)} after scoring one, {@code routeUnrouted} for all. */
    LeadRouting leadRouting() { return leadRouting; }

    /** Time left per lead ({@code slaMonitor().clock()}), breach reports, and {@code check(now)} on demand. */
    SlaMonitor slaMonitor() { return slaMonitor; }

    /** SLA events every 30 seconds, delivered on the FX thread; subscribe while a screen is shown. */
    SlaFeed slaFeed() { return slaWatch; }

    SlaRepository slaRecords() { return slaRecords; }

    /** One inbox model per session, shared by the inbox and its detail pane. */
    LeadsViewModel leads(TaskExecutor tasks, DialogService dialogs) {
        if (leads == null) {
            LeadDetailViewModel detail = new LeadDetailViewModel(store.leads(), tasks, dialogs,
                    new LeadScoreViewModel(new ScoreAndRoute(scoring, leadRouting), scoringThread, Platform::runLater),
                    enrichment);
            leads = new LeadsViewModel(store.leads(), currentUser, users, tasks, dialogs, detail,
                    new MetaSavedFilters(store.meta(), store.json()), slaMonitor::clock);
        }
        return leads;
    }

    /** Reloads the inbox after leads changed elsewhere (bulk enrichment), if the inbox has been built. */
    void leadsChanged() {
        LeadsViewModel built = leads;
        if (built != null) {
            built.load();
        }
    }

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
        closeCallQueue();
        slaWatch.close();
        try {
            sync.stop().close();
        } catch (Exception e) {
            LOG.warn("Background sync did not stop cleanly: {}", e.toString());
        }
        store.close();
    }
}
