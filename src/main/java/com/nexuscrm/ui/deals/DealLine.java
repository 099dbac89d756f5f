package com.nexuscrm.ui.deals;

import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealScore;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.ForecastCategory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One deal as the board's card and the list's row show it: its fields, the team's name for its stage, the
 * models' win probability and health (null until scored) and what its latest analysed call found.
 */
public record DealLine(UUID id, String name, String account, DealStage stage, String stageLabel, BigDecimal amount,
                       String currency, LocalDate closeDate, UUID ownerId, String owner, ForecastCategory forecast,
                       Integer winProbability, Integer health, Instant lastCallAt, Double sentiment, String objections,
                       String competitors, String signals) {
    /** The list before a header is clicked: open deals by close date, then closed ones, latest first. */
    static final Comparator<DealLine> LIST_ORDER = Comparator.comparing((DealLine l) -> l.closed())
            .thenComparing((a, b) -> a.closed() ? StageColumn.ORDER.compare(b, a) : StageColumn.ORDER.compare(a, b));

    static DealLine of(Deal d, String account, String stageLabel, String owner, DealScore score) {
        return new DealLine(d.getId(), d.getName(), account == null ? "" : account, d.getStage(), stageLabel,
                d.getAmount(), d.getCurrency(), d.getCloseDate(), d.getOwnerId(), owner == null ? "" : owner,
                d.getForecastCategory() == null ? ForecastCategory.PIPELINE : d.getForecastCategory(),
                score == null ? null : score.winProbability(), score == null ? null : score.health(),
                d.getLastCallAt(), d.getLastCallSentiment(), d.getLastCallObjections(), d.getLastCallCompetitors(),
                d.getLastCallSignals());
    }

    /** The same deal shown in another stage (the card moves before the save returns). */
    DealLine inStage(DealStage to, String label) {
        return new DealLine(id, name, account, to, label, amount, currency, closeDate, ownerId, owner, forecast,
                winProbability, health, lastCallAt, sentiment, objections, competitors, signals);
    }

    boolean closed() {
        return stage != null && stage.isClosed();
    }

    /** Open and past its close date: the card shows the date in a warning style. */
    public boolean overdue(LocalDate today) {
        return closeDate != null && closeDate.isBefore(today) && (stage == null || !stage.isClosed());
    }

    /** "37%", or "—" until the model has scored the deal (never a made-up number). */
    public String winText() {
        return winProbability == null ? "—" : winProbability + "%";
    }

    /** "62", or "—" until the deal's health has been assessed. */
    public String healthText() {
        return health == null ? "—" : String.valueOf(health);
    }

    /** The last call's sentiment as "+0.42" / "-0.10", empty when no call was analysed. */
    public String sentimentText() {
        return sentiment == null ? "" : String.format(Locale.ROOT, "%+.2f", sentiment);
    }

    /** Lower-case text the search box matches. */
    String searchText() {
        return Stream.of(name, account, stageLabel, owner, objections, competitors, signals).filter(s -> s != null)
                .collect(Collectors.joining(" ")).toLowerCase(Locale.ROOT);
    }
}
