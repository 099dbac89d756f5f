package com.nexuscrm.domain.deal;

import com.nexuscrm.domain.DealChange;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.ForecastCategory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The forecast's reads of the store, narrow so a refresh over thousands of deals stays quick. */
public interface ForecastSource {
    /** A deal as the forecast reads it, with the models' win probability (null when it has no score). */
    record Row(UUID id, String name, UUID ownerId, UUID teamId, DealStage stage, BigDecimal amount, LocalDate closeDate,
               Instant closedAt, ForecastCategory category, Integer winProbability, String currency) { }

    /**
     * The live deals a period can count, in one query: open with a close date from {@code from} to {@code to}, and
     * won at a moment from {@code wonFrom} (included) to {@code wonUntil} (excluded), or, when the moment is unknown,
     * with a close date in the period.
     */
    List<Row> rows(LocalDate from, LocalDate to, Instant wonFrom, Instant wonUntil);

    /** The whole history (oldest first within a deal) of every deal changed after {@code since} up to {@code until}. */
    List<DealChange> historyOfDealsChanged(Instant since, Instant until);

    /** The names of these deals (deleted ones too: a move may be a deal since deleted), in one query per thousand. */
    java.util.Map<UUID, String> dealNames(java.util.Collection<UUID> ids);

    /** The currencies of these deals (none for a deal in the team's currency), in one query per thousand. */
    java.util.Map<UUID, String> dealCurrencies(java.util.Collection<UUID> ids);
}
