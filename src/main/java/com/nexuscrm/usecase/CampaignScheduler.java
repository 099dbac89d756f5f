package com.nexuscrm.usecase;

import com.nexuscrm.campaign.CampaignPorts;
import com.nexuscrm.campaign.CampaignRunner;
import com.nexuscrm.campaign.InboundHandler;
import com.nexuscrm.campaign.RunReport;
import com.nexuscrm.campaign.RunnerSettings;
import com.nexuscrm.campaign.ThompsonPlanner;
import com.nexuscrm.campaign.ThompsonVariants;
import com.nexuscrm.campaign.TouchPlanner;
import com.nexuscrm.domain.campaign.OptimisationSettings;
import com.nexuscrm.campaign.email.EmailSettings;
import com.nexuscrm.campaign.email.ImapMailReader;
import com.nexuscrm.campaign.email.SentCopySearch;
import com.nexuscrm.domain.RepeatingJob;
import com.nexuscrm.domain.campaign.AudienceFilters;
import com.nexuscrm.storage.StoredCampaignPlans;
import com.nexuscrm.storage.StoredCampaignRecipients;
import com.nexuscrm.storage.StoredContactPolicy;
import com.nexuscrm.storage.StoredEnrolmentSignals;
import com.nexuscrm.storage.StoredEnrolments;
import com.nexuscrm.storage.StoredReplica;
import com.nexuscrm.storage.StoredTouches;
import com.nexuscrm.sync.ServerLinkStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The campaign scheduler of a standalone workstation (issue 17, part 3): every period, while Settings ▸ Campaigns'
 * switch is on and the workspace has no team server link, it runs {@link EnrolByRule} (plans' enrolment rules and the
 * automatic exits), then the {@link CampaignRunner} (due steps scheduled,
 * due touches sent) and reads the campaign mailbox's replies, bounces and unsubscribes over IMAP. A linked workspace
 * never sends: it hands its campaigns to the team server ({@link HandOverCampaigns}), which owns scheduling there, so
 * one enrolment is never run by both (the server also reads the team's mailbox; the replies come back with the
 * hand-over and go to the same next best action here), and reads the team's email opens and clicks into the local touches
 * ({@link TeamTracking#pull}). The settings and the
 * link are read at every tick, so turning the switch off or connecting stops sending from the next tick on. Each
 * tick's {@link Status} goes to the subscribers through the callback executor (the app passes
 * {@code Platform::runLater}); {@link #close()} waits for a running tick before the store closes.
 */
public final class CampaignScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CampaignScheduler.class);

    private final CampaignSending sending;
    private final ServerLinkStore links;
    private final CampaignPorts ports;
    private final HandOverCampaigns handover;
    private final CampaignTasks tasks;
    private final EnrolByRule rules;
    private final TeamTracking tracking;
    private final Clock clock;
    private final ZoneId zone;
    private final Executor callbacks;
    private final List<Consumer<Status>> listeners = new CopyOnWriteArrayList<>();
    private volatile Status status = Status.NOT_RUN;
    private CampaignChannels channels;
    private final RepeatingJob job = new RepeatingJob("campaign-scheduler", this::tickQuietly, Duration.ofSeconds(30));
    private final Workspace workspace;
    private ActOnReply replies;

    /** What the scheduler did at its last tick. */
    public enum State { NOT_RUN, OFF, TEAM_SERVER, RAN, FAILED }

    /**
     * The last tick: its state, when the runner last ran and what it did, how many mails the inbox check read, and
     * the last error (a channel's failure, the IMAP check's, or the tick's own), null when there was none.
     */
    public record Status(State state, Instant lastRun, RunReport report, int mailRead, String lastError) {
        public static final Status NOT_RUN = new Status(State.NOT_RUN, null, RunReport.NONE, 0, null);

        /** Touches waiting: retried after a failure or postponed (quiet hours, the daily limit). */
        public int pending() {
            return report.retried() + report.postponed();
        }

        private Status as(State newState) {
            return new Status(newState, lastRun, report, mailRead, newState == State.FAILED ? lastError : null);
        }
    }

    /** @param zone the senders' zone (the daily limit's day) and recipients' fallback zone */
    public CampaignScheduler(Workspace workspace, Clock clock, ZoneId zone, Executor callbacks) {
        this(workspace, clock, zone, callbacks, AudienceFilters.NONE);
    }

    /** @param audiences the leads list's saved filters and the contacts list's views, for plans that enrol their audience by rule */
    public CampaignScheduler(Workspace workspace, Clock clock, ZoneId zone, Executor callbacks, AudienceFilters audiences) {
        this.workspace = workspace;
        this.sending = new CampaignSending(workspace);
        this.links = StoredReplica.of(workspace.store()).link();
        this.ports = new CampaignPorts(new StoredCampaignPlans(workspace.store(), clock),
                new StoredEnrolments(workspace.store(), clock), new StoredTouches(workspace.store()),
                new StoredContactPolicy(workspace.store()), new StoredCampaignRecipients(workspace.store(), zone));
        this.handover = new HandOverCampaigns(workspace, clock, zone);
        this.tasks = new CampaignTasks(workspace, clock);
        this.rules = new EnrolByRule(ports, workspace.store().leads(), workspace.store().contacts(),
                new StoredEnrolmentSignals(workspace.store()),
                audiences, clock);
        this.tracking = TeamTracking.of(workspace, ports.touches());
        this.clock = clock;
        this.zone = zone;
        this.callbacks = callbacks;
    }

    /** Ticks every {@code period}, the first time after {@code firstAfter}. */
    public CampaignScheduler start(Duration firstAfter, Duration period) {
        job.start(firstAfter, period);
        return this;
    }

    public Status status() {
        return status;
    }

    /** Hands every tick's status to {@code listener} (now too, with the last one); run the result to unsubscribe. */
    public Runnable subscribe(Consumer<Status> listener) {
        listeners.add(listener);
        Status now = status;
        callbacks.execute(() -> listener.accept(now));
        return () -> listeners.remove(listener);
    }

    /** One tick now, on the calling thread. */
    public synchronized Status runNow() {
        Status before = status;
        Status after;
        try {
            after = tick(before);
        } catch (RuntimeException e) {
            LOG.warn("Campaign run failed; the next tick retries", e);
            after = new Status(State.FAILED, clock.instant(), RunReport.NONE, 0, e.getMessage());
        }
        status = after;
        Status published = after;
        callbacks.execute(() -> listeners.forEach(l -> l.accept(published)));
        return after;
    }

    private Status tick(Status before) {
        if (links.link().isPresent()) {
            try {
                handover.runLinked();
                return pullEngagement(before);
            } catch (RuntimeException e) {
                return new Status(State.TEAM_SERVER, before.lastRun(), before.report(), 0,
                        "Handing campaigns to the team server failed; the next tick retries: " + e.getMessage());
            }
        }
        CampaignSendingSettings settings = sending.load();
        if (!settings.sendFromWorkstation()) {
            return before.as(State.OFF);
        }
        if (channels == null || !channels.settings().equals(settings)) {
            channels = CampaignChannels.of(settings, ports, tasks);
        }
        EmailSettings mailbox = channels.email();
        OptimisationSettings optimisation = sending.optimisation();
        CampaignRunner runner = new CampaignRunner(clock, ports,
                RunnerSettings.defaults(zone).withDailyLimit(settings.dailyLimit()), channels.outbound(),
                new ThompsonVariants(ports.touches().tallies(), optimisation),
                optimisation.enabled() ? ThompsonPlanner.read(ports, optimisation) : TouchPlanner.AS_PLANNED,
                mailbox != null && mailbox.imap() != null ? new SentCopySearch(mailbox) : null);
        channels.clearError();
        EnrolByRule.Report enrolled = rules.run();
        LOG.debug("Rule enrolment: {}", enrolled);
        RunReport report = runner.runOnce();
        String error = channels.lastError();
        int read = 0;
        EmailSettings email = channels.email();
        if (email != null && email.imap() != null) {
            try {
                read = new ImapMailReader(email).processExplained(inbound()).size();
            } catch (IllegalStateException e) {
                error = (error == null ? "" : error + "\n") + "Reading replies failed: " + e.getMessage();
            }
        }
        return new Status(error == null ? State.RAN : State.FAILED, clock.instant(), report, read, error);
    }

    /** Linked: the team's opens and clicks are read into the local touches; the error, if any, is the status's. */
    private Status pullEngagement(Status before) {
        try {
            tracking.pull();
            return before.as(State.TEAM_SERVER);
        } catch (com.nexuscrm.sync.SyncException e) {
            return new Status(State.TEAM_SERVER, before.lastRun(), before.report(), before.mailRead(),
                    "Reading opens and clicks from the team server failed: " + e.getMessage());
        }
    }

    /** What received mail and texts go through: the engine's handling, then the next best action. */
    public synchronized InboundHandler inbound() {
        if (replies == null) {
            replies = ActOnReply.over(workspace, ports, clock);
        }
        return new InboundHandler(ports, clock, replies);
    }

    /**
     * A text received by the SMS gateway's inbound webhook (or a test): STOP and the other opt-out words are an
     * unsubscribe on every channel; any other text is a reply to the last touch sent to the number.
     */
    public void textReceived(String number, String body, String providerMessageId) {
        inbound().textReceived(number, body, providerMessageId);
    }

    private void tickQuietly() {
        try {
            runNow();
        } catch (RuntimeException e) {
            LOG.warn("Campaign tick failed; the next one retries: {}", e.toString());
        }
    }

    /** Stops ticking and waits for a running tick, so nothing reads the store after it closes. */
    @Override
    public void close() {
        job.close();
    }
}
