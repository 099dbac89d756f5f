package com.nexuscrm.server.campaign;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.nexuscrm.campaign.CampaignPorts;
import com.nexuscrm.campaign.CampaignRunner;
import com.nexuscrm.campaign.OutboundChannel;
import com.nexuscrm.campaign.RunReport;
import com.nexuscrm.campaign.RunnerSettings;
import com.nexuscrm.campaign.TrackingLinks;
import com.nexuscrm.domain.campaign.Channel;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Campaign sending on the team server: the hand-over ({@link CampaignIntake}), the team's sending settings, and a
 * db-scheduler recurring task over the server's database that runs every team's {@link CampaignRunner} (the same
 * engine as a standalone workstation, over the team-scoped ports of this package). db-scheduler's table locking lets
 * one instance run an execution at a time; an instance that dies mid-run stops heartbeating and another revives the
 * execution; the touch claim (PENDING → SENDING, one conditional update) keeps even overlapping runs from sending twice.
 * After a team's runner, its campaign mailbox is read when its settings name an IMAP server ({@link ServerInbox}).
 */
public final class ServerCampaigns implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ServerCampaigns.class);
    /** The recurring task's name in {@code scheduled_tasks}. */
    public static final String TASK = "campaign-runner";

    private final DataSource ds;
    private final ObjectMapper json;
    private final Clock clock;
    private final CampaignIntake intake;
    private volatile Duration every = Duration.ofMinutes(1);
    private volatile Duration heartbeat = Duration.ofSeconds(30);
    private volatile boolean enabled = true;
    private volatile BiFunction<UUID, String, TrackingLinks> tracking = (team, base) -> null;
    private volatile BiFunction<UUID, TeamSending, Map<Channel, OutboundChannel>> channels = (team, s) -> ServerChannels.of(
            dataSource(), clock(), team, s, ports(team), s.tracked() ? tracking.apply(team, s.trackingUrl()) : null);
    private Scheduler scheduler;

    public ServerCampaigns(DataSource ds, ObjectMapper json, Clock clock) {
        this.ds = ds;
        this.json = json;
        this.clock = clock;
        this.intake = new CampaignIntake(ds, json, clock);
    }

    /** How often the runner runs and how often an instance proves it is alive (dead after 4 missed); before start. */
    public ServerCampaigns every(Duration period, Duration heartbeatInterval) {
        this.every = period;
        this.heartbeat = heartbeatInterval;
        return this;
    }

    /** Turns this instance's scheduler off (hand-overs are still taken; another instance sends); before start. */
    public ServerCampaigns scheduling(boolean on) {
        this.enabled = on;
        return this;
    }

    /** How a team's settings become channels ({@link ServerChannels} by default; tests wrap it). */
    public ServerCampaigns channels(Function<TeamSending, Map<Channel, OutboundChannel>> factory) {
        this.channels = (team, s) -> factory.apply(s);
        return this;
    }

    /** How a team's emails get signed pixel and click links at a base URL (the team server's tracking routes). */
    public ServerCampaigns tracking(BiFunction<UUID, String, TrackingLinks> links) {
        this.tracking = links;
        return this;
    }

    CampaignIntake intake() {
        return intake;
    }

    DataSource dataSource() {
        return ds;
    }

    ObjectMapper json() {
        return json;
    }

    Clock clock() {
        return clock;
    }

    /** Starts this instance's scheduler (named {@code name} in db-scheduler's table), unless turned off. */
    public synchronized void start(String name) {
        if (!enabled || scheduler != null) {
            return;
        }
        RecurringTask<Void> task = Tasks.recurring(TASK, FixedDelay.of(every)).execute((instance, ctx) -> runTeams(ctx));
        scheduler = Scheduler.create(ds).startTasks(task).threads(2).pollingInterval(every.dividedBy(2))
                .heartbeatInterval(heartbeat).missedHeartbeatsLimit(4).schedulerName(new SchedulerName.Fixed(name))
                .shutdownMaxWait(Duration.ofSeconds(10)).build();
        scheduler.start();
        LOG.info("campaign scheduler started name={} every={}", name, every);
    }

    /** One pass over every team whose sending is set up; what the runners did. */
    public RunReport runTeams() {
        return runTeams(null);
    }

    private RunReport runTeams(ExecutionContext ctx) {
        RunReport total = RunReport.NONE;
        for (UUID team : TeamSending.teams(ds)) {
            if (ctx != null && ctx.getSchedulerState().isShuttingDown()) {
                break;
            }
            TeamSending sending = TeamSending.load(ds, json, team).orElseThrow();
            CampaignPorts ports = ports(team);
            RunReport report = new CampaignRunner(clock, ports, RunnerSettings.defaults(ZoneOffset.UTC)
                    .withDailyLimit(sending.dailyLimit()), channels.apply(team, sending)).runOnce();
            total = total.plus(report);
            ServerInbox.read(ds, team, sending, ports, clock);
        }
        return total;
    }

    /** The campaign ports of one team over the server's tables. */
    public CampaignPorts ports(UUID team) {
        return new CampaignPorts(new TeamPlans(ds, team, json, clock), new TeamEnrolments(ds, team, clock),
                new TeamTouches(ds, team), new TeamContactPolicy(ds, team), new TeamRecipients(ds, team));
    }

    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.stop();
            scheduler = null;
        }
    }
}
