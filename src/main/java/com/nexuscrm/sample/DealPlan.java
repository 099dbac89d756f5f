package com.nexuscrm.sample;

import com.nexuscrm.domain.Deal;
import java.time.Instant;

/**
 * A generated deal with how many activities it gets, until when it was worked (closed or now) and how engaged its
 * buyers are.
 */
record DealPlan(Deal deal, int activities, Instant workedUntil, DealEngagement engagement) { }
