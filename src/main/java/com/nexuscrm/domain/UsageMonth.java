package com.nexuscrm.domain;

import java.time.LocalDate;

/** An account's product usage in one period (a month): active users against seats bought. */
public record UsageMonth(LocalDate periodStart, int activeUsers, int seats) { }
