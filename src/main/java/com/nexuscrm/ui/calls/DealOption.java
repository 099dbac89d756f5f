package com.nexuscrm.ui.calls;

import java.time.LocalDate;
import java.util.UUID;

/** A deal a recording can be attached to, with what tells two deals of the same name apart. */
public record DealOption(UUID id, String name, String account, LocalDate closeDate, boolean closed) { }
