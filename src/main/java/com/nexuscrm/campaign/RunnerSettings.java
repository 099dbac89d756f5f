package com.nexuscrm.campaign;

import com.nexuscrm.domain.campaign.RetryBackoff;
import com.nexuscrm.domain.campaign.SendWindow;
import java.time.ZoneId;

/**
 * How the runner sends: the recipient-local send window, at most {@code dailyLimitPerSender} touches per sender per
 * day (the day in {@code senderZone}), backoff when a channel is down, and at most {@code batch} touches per run.
 */
public record RunnerSettings(SendWindow window, int dailyLimitPerSender, ZoneId senderZone, RetryBackoff backoff,
                             int batch) {
    public static RunnerSettings defaults(ZoneId senderZone) {
        return new RunnerSettings(SendWindow.BUSINESS_HOURS, 200, senderZone, RetryBackoff.DEFAULT, 500);
    }

    public RunnerSettings withDailyLimit(int limit) {
        return new RunnerSettings(window, limit, senderZone, backoff, batch);
    }
}
