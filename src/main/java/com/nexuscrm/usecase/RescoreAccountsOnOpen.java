package com.nexuscrm.usecase;

import com.nexuscrm.domain.Progress;
import java.time.Clock;

/**
 * What the window does with accounts when a workspace opens: rescores churn risk when a churn model has been trained
 * (without one the scores stay as the last rescoring or training left them), then assesses every account once so
 * today's health snapshot is taken even on a day nobody opens the Team view: "what changed this week" then has a
 * snapshot from a week ago to compare with.
 */
public final class RescoreAccountsOnOpen {
    /** The churn rescoring (null when there is no trained model) and how many snapshots were taken. */
    public record Done(RescoreAccounts.Rescored rescored, int snapshots) { }

    private final Workspace workspace;
    private final Clock clock;

    public RescoreAccountsOnOpen(Workspace workspace, Clock clock) {
        this.workspace = workspace;
        this.clock = clock;
    }

    public Done run(Progress progress) {
        RescoreAccounts churn = new RescoreAccounts(workspace, clock);
        RescoreAccounts.Rescored rescored = churn.registry().activeFirst().isEmpty() ? null : churn.rescore(progress);
        progress.checkCancelled();
        return new Done(rescored, new TeamAccountsOverview(workspace, clock).compute(progress).snapshotsWritten());
    }
}
