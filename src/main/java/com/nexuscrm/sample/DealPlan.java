package com.nexuscrm.sample;

import com.nexuscrm.domain.Deal;
import java.time.Instant;

/** A generated deal with how many activities it gets and until when it was worked (closed or now). */
record DealPlan(Deal deal, int activities, Instant workedUntil) { }
