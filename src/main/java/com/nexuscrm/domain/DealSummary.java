package com.nexuscrm.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A deal as related lists show it: name, stage, amount and close date. */
public record DealSummary(UUID id, String name, DealStage stage, BigDecimal amount, String currency,
                          LocalDate closeDate) { }
