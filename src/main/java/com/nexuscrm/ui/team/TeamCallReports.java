package com.nexuscrm.ui.team;

import com.nexuscrm.conversation.TeamReport;
import com.nexuscrm.domain.Progress;
import java.time.Instant;

/** Rep performance over the team's analysed calls, as the Team screen's call coaching reads it. */
@FunctionalInterface
public interface TeamCallReports {
    /** The report over the calls made in [{@code from}, {@code to}); cancellable through {@code progress}. */
    TeamReport report(Instant from, Instant to, Progress progress);
}
