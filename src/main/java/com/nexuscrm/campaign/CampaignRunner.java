package com.nexuscrm.campaign;

import com.nexuscrm.domain.campaign.Channel;
import java.time.Clock;
import java.util.Map;

/**
 * The campaign engine as it runs on a standalone workstation: each {@link #runOnce()} schedules the steps that became
 * due and sends the touches whose time has come, reading the time from the clock it is given. Safe to run again at
 * any time: a touch's id and its conditional claim mean a re-run never sends twice.
 */
public final class CampaignRunner {
    private final Clock clock;
    private final StepScheduler scheduler;
    private final TouchDispatcher dispatcher;

    public CampaignRunner(Clock clock, CampaignPorts ports, RunnerSettings settings, Map<Channel, OutboundChannel> channels,
                          VariantChooser variants) {
        this.clock = clock;
        this.scheduler = new StepScheduler(ports, settings, variants);
        this.dispatcher = new TouchDispatcher(ports, settings, channels);
    }

    public CampaignRunner(Clock clock, CampaignPorts ports, RunnerSettings settings, Map<Channel, OutboundChannel> channels) {
        this(clock, ports, settings, channels, VariantChooser.EVEN_SPLIT);
    }

    /** Schedules due steps, then sends due touches; what it did. */
    public synchronized RunReport runOnce() {
        int scheduled = scheduler.schedule(clock.instant());
        return new RunReport(scheduled, 0, 0, 0, 0, 0).plus(dispatcher.dispatch(clock.instant()));
    }
}
