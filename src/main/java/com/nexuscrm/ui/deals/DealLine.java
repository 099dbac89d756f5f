package com.nexuscrm.ui.deals;

import com.nexuscrm.domain.Deal;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** One row of the deals list, with what its latest analysed call said. */
public record DealLine(String name, String stage, BigDecimal amount, String currency, LocalDate closeDate, String owner,
                       Instant lastCallAt, Double sentiment, String objections, String competitors, String signals) {
    static DealLine of(Deal d, String owner) {
        return new DealLine(d.getName(), d.getStage() == null ? "" : d.getStage().label(), d.getAmount(), d.getCurrency(),
                d.getCloseDate(), owner, d.getLastCallAt(), d.getLastCallSentiment(), d.getLastCallObjections(),
                d.getLastCallCompetitors(), d.getLastCallSignals());
    }

    /** The last call's sentiment as "+0.42" / "-0.10", empty when no call was analysed. */
    public String sentimentText() {
        return sentiment == null ? "" : String.format(Locale.ROOT, "%+.2f", sentiment);
    }

    /** Lower-case text the search box matches. */
    String searchText() {
        return Stream.of(name, stage, owner, objections, competitors, signals).filter(s -> s != null)
                .collect(Collectors.joining(" ")).toLowerCase(Locale.ROOT);
    }
}
