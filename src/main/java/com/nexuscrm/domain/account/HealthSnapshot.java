package com.nexuscrm.domain.account;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What was known of an account on one day, as the Team view keeps it ({@link HealthSnapshots}): the health score and
 * the churn risk (null: not enough data, or not scored), open tickets, the latest month's active users (null without
 * usage) and how many of its contacts are a champion on one of its deals.
 */
public record HealthSnapshot(UUID accountId, LocalDate day, Integer health, Integer churnRisk, int openTickets,
                             Integer activeUsers, int champions) { }
