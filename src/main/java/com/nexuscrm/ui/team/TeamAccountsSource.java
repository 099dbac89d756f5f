package com.nexuscrm.ui.team;

import com.nexuscrm.domain.Progress;
import com.nexuscrm.usecase.TeamAccountsOverview;

/** The team's accounts by health and churn risk with this week's changes, as the Team screen's Accounts tab reads them. */
@FunctionalInterface
public interface TeamAccountsSource {
    /** Every account's line now; cancellable through {@code progress}. */
    TeamAccountsOverview.Overview overview(Progress progress);
}
