package com.nexuscrm.campaign;

import com.nexuscrm.domain.campaign.Channel;
import java.time.Clock;
import java.util.Map;

/**
 * The campaign engine as it runs on a standalone workstation: each {@link #runOnce()} schedules the steps that became
 * due and sends the touches whose time has come, reading the time from the clock it is given. Safe to run again at
 * any time: a touch's id and its conditional claim mean a re-run never sends twice, and a touch a crash left SENDING
 * is settled by {@link SendingReconciler}, never simply sent again.
 */
public final class CampaignRunner {
    private final Clock clock;
    private final StepScheduler scheduler;
    private final TouchDispatcher dispatcher;
    private final SendingReconciler reconciler;

    /** @param sentCopies where sent emails' copies are found after a crash; null when no mailbox is set up */
    public CampaignRunner(Clock clock, CampaignPorts ports, RunnerSettings settings, Map<Channel, OutboundChannel> channels,
                          VariantChooser variants, SendingReconciler.SentCopies sentCopies) {
        this(clock, ports, settings, channels, variants, TouchPlanner.AS_PLANNED, sentCopies);
    }

    /** @param planner the channel of a step offering two and each touch's first try (learnt when optimisation is on) */
    public CampaignRunner(Clock clock, CampaignPorts ports, RunnerSettings settings, Map<Channel, OutboundChannel> channels,
                          VariantChooser variants, TouchPlanner planner, SendingReconciler.SentCopies sentCopies) {
        this.clock = clock;
        this.scheduler = new StepScheduler(ports, settings, variants, planner);
        this.dispatcher = new TouchDispatcher(ports, settings, channels);
        this.reconciler = new SendingReconciler(ports, dispatcher, sentCopies, SendingReconciler.STALE_AFTER, settings.batch());
    }

    public CampaignRunner(Clock clock, CampaignPorts ports, RunnerSettings settings, Map<Channel, OutboundChannel> channels,
                          VariantChooser variants) {
        this(clock, ports, settings, channels, variants, null);
    }

    public CampaignRunner(Clock clock, CampaignPorts ports, RunnerSettings settings, Map<Channel, OutboundChannel> channels) {
        this(clock, ports, settings, channels, VariantChooser.EVEN_SPLIT);
    }

    /** Settles touches a crash left SENDING, schedules due steps, then sends due touches; what it did. */
    public synchronized RunReport runOnce() {
        SendingReconciler.Outcome settled = reconciler.reconcile(clock.instant());
        int scheduled = scheduler.schedule(clock.instant());
        return new RunReport(scheduled, settled.confirmed() + settled.reposted(), 0, 0, 0, 0)
                .plus(dispatcher.dispatch(clock.instant()));
    }
}
