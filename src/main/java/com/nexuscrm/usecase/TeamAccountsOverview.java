package com.nexuscrm.usecase;

import com.nexuscrm.domain.AccountRow;
import com.nexuscrm.domain.AccountScore;
import com.nexuscrm.domain.AccountScoreStore;
import com.nexuscrm.domain.Picklist;
import com.nexuscrm.domain.PicklistName;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.ScoreFactor;
import com.nexuscrm.conversation.CallAnalysisJson;
import com.nexuscrm.domain.account.AccountActivity;
import com.nexuscrm.domain.account.AccountFacts;
import com.nexuscrm.domain.account.AccountHistory.RecordedCall;
import com.nexuscrm.domain.account.AnalysedCall;
import com.nexuscrm.domain.account.AccountHealth;
import com.nexuscrm.domain.account.AccountTicket;
import com.nexuscrm.domain.account.HealthSnapshot;
import com.nexuscrm.domain.account.HealthSnapshots;
import com.nexuscrm.domain.account.RetentionRisk;
import com.nexuscrm.domain.account.TeamAccountHistory;
import com.nexuscrm.domain.account.TeamAccountHistory.TeamDeal;
import com.nexuscrm.domain.account.UsageMonth;
import com.nexuscrm.domain.account.WeeklyChange;
import com.nexuscrm.storage.StoredHealthSnapshots;
import com.nexuscrm.storage.StoredTeamAccounts;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The Team view's list: every live account with its health ({@link AccountHealth}, the same rule as the account
 * view), churn risk (the last rescoring's, {@code account_score}), won value and what changed this week
 * ({@link WeeklyChange}). Reads every account's history in one pass ({@link TeamAccountHistory}, a query per kind)
 * and writes today's snapshot of each account that has none yet ({@link HealthSnapshots}).
 */
public final class TeamAccountsOverview {
    private static final Logger LOG = Logger.getLogger(TeamAccountsOverview.class.getName());
    /** One account's line: its row, owner's name, health, churn risk (null: none; {@code churnNote} says why), value, changes. */
    public record Line(AccountRow account, String owner, AccountHealth health, Integer churnRisk, String churnBand,
                       String churnNote, BigDecimal wonValue, String wonCurrency, HealthSnapshot today,
                       WeeklyChange.Result week) { }

    /**
     * The list as of {@code today}; {@code weekOld} accounts are compared with a snapshot a week old or more, of
     * which {@code usualBaseline} is the most common day (null when none); {@code firstSnapshot} is the oldest
     * snapshot of the others (today when this is the first); events are from {@code eventsSince} on.
     */
    public record Overview(LocalDate today, List<Line> lines, int weekOld, LocalDate usualBaseline,
                           LocalDate firstSnapshot, LocalDate eventsSince, int snapshotsWritten, double seconds) {
        public Overview {
            lines = List.copyOf(lines);
        }
    }

    private final TeamAccountHistory history;
    private final HealthSnapshots snapshots;
    private final AccountScoreStore scores;
    private final Supplier<Picklist> outcomes;
    private final Clock clock;
    /** Each call's sentiment by recording, with the hash of the analysis it was read from: a reload parses only new ones. */
    private final Map<UUID, Parsed> parsed = new ConcurrentHashMap<>();

    private record Parsed(int hash, Double sentiment) { }

    public TeamAccountsOverview(TeamAccountHistory history, HealthSnapshots snapshots, AccountScoreStore scores,
                                Supplier<Picklist> outcomes, Clock clock) {
        this.history = history;
        this.snapshots = snapshots;
        this.scores = scores;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    public TeamAccountsOverview(Workspace workspace, Clock clock) {
        this(new StoredTeamAccounts(workspace.store()), new StoredHealthSnapshots(workspace.store(), clock),
                workspace.accountScores(), () -> TeamPicklists.of(workspace).load(PicklistName.ACTIVITY_OUTCOME), clock);
    }

    /** Every account's line, reading the history once; today's snapshots are written before it returns. */
    public Overview compute(Progress progress) {
        long started = System.nanoTime();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        progress.update(0, 1, "Reading the accounts' history");
        Batch batch = read(now, today);
        List<AccountRow> accounts = history.accounts();
        List<Line> lines = new ArrayList<>();
        for (AccountRow a : accounts) {
            if (lines.size() % 100 == 0) {
                progress.checkCancelled();
                progress.update(lines.size(), accounts.size(), "Assessing " + accounts.size() + " accounts");
            }
            lines.add(line(a, batch, now, today));
        }
        int written = snapshots.writeMissing(lines.stream().map(Line::today).toList());
        return summarise(today, lines, written, (System.nanoTime() - started) / 1e9);
    }

    private record Batch(Map<UUID, List<AccountActivity>> activities,
                         Map<UUID, List<AccountTicket>> tickets, Map<UUID, List<UsageMonth>> usage,
                         Map<UUID, List<RecordedCall>> calls,
                         Map<UUID, List<TeamDeal>> deals, Map<UUID, Integer> champions, Map<UUID, String> names,
                         Map<UUID, AccountScore> scores, Map<UUID, List<HealthSnapshot>> snapshots, Picklist outcomes) { }

    private Batch read(Instant now, LocalDate today) {
        Instant callsFrom = now.minus(Duration.ofDays(2L * AccountHealth.PERIOD_DAYS));
        return new Batch(history.activities(), history.tickets(), history.usage(), history.analysedCalls(callsFrom),
                history.deals(), history.champions(), history.userNames(), scores.all(),
                snapshots.since(today.minusDays(WeeklyChange.LOOKBACK_DAYS)).stream()
                        .collect(Collectors.groupingBy(HealthSnapshot::accountId)), outcomes.get());
    }

    private Line line(AccountRow a, Batch b, Instant now, LocalDate today) {
        UUID id = a.id();
        List<AccountTicket> tickets = b.tickets().getOrDefault(id, List.of());
        List<UsageMonth> usage = b.usage().getOrDefault(id, List.of());
        List<RecordedCall> calls = b.calls().getOrDefault(id, List.of());
        AccountFacts facts = new AccountFacts(a, now, clock.getZone(), List.of(),
                healthWindow(b.activities().getOrDefault(id, List.of()), now), tickets, usage,
                sentiments(calls.subList(0, Math.min(calls.size(), AccountInsights.CALLS_READ))), List.of(), List.of(),
                b.outcomes(), Map.of());
        AccountHealth health = AccountHealth.of(facts);
        AccountScore score = b.scores().get(id);
        Integer churn = score == null ? null : score.churnRisk();
        String band = churn == null ? null : RetentionRisk.ofScore(churn, List.of(), "").band();
        String churnNote = churn != null ? "" : score == null ? "Not scored yet"
                : score.reasons().stream().map(ScoreFactor::text).findFirst().orElse("Not enough data");
        Integer activeUsers = facts.usage().isEmpty() ? null : facts.usage().get(facts.usage().size() - 1).activeUsers();
        HealthSnapshot snapshot = new HealthSnapshot(id, today, health.score(), churn,
                (int) tickets.stream().filter(AccountTicket::open).count(), activeUsers, b.champions().getOrDefault(id, 0));
        List<TeamDeal> deals = b.deals().getOrDefault(id, List.of());
        List<TeamDeal> won = deals.stream().filter(d -> d.won() && d.amount() != null).toList();
        List<String> currencies = won.stream().map(TeamDeal::currency).distinct().toList();
        BigDecimal value = won.isEmpty() || currencies.size() > 1 ? null
                : won.stream().map(TeamDeal::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        WeeklyChange.Result week = WeeklyChange.of(snapshot, b.snapshots().getOrDefault(id, List.of()), tickets, deals,
                now, clock.getZone());
        return new Line(a, a.ownerId() == null ? "Unassigned" : b.names().getOrDefault(a.ownerId(), "A former user"),
                health, churn, band, churnNote, value, value == null ? null : currencies.get(0), snapshot, week);
    }

    /**
     * The activities {@link AccountHealth} reads: those of its two periods (now and a period earlier) and the first
     * one (whether there was any activity by then). Its score is the same as from all of them, without working out
     * how thousands of older activities read.
     */
    static List<AccountActivity> healthWindow(List<AccountActivity> all, Instant now) {
        Instant from = now.minus(Duration.ofDays(2L * AccountHealth.PERIOD_DAYS));
        AccountActivity first = all.stream().filter(x -> x.occurredAt() != null)
                .min(Comparator.comparing(AccountActivity::occurredAt)).orElse(null);
        List<AccountActivity> kept = new ArrayList<>();
        for (AccountActivity x : all) {
            if (x == first || x.occurredAt() != null && x.occurredAt().isAfter(from)) {
                kept.add(x);
            }
        }
        return kept;
    }

    /** The calls with their customer sentiment alone (all health reads), parsed once per recording and analysis. */
    private List<AnalysedCall> sentiments(List<RecordedCall> calls) {
        List<AnalysedCall> out = new ArrayList<>();
        for (RecordedCall r : calls) {
            Parsed known = parsed.get(r.recordingId());
            if (known == null || known.hash() != r.analysisJson().hashCode()) {
                try {
                    known = new Parsed(r.analysisJson().hashCode(), CallAnalysisJson.customerSentiment(r.analysisJson()));
                } catch (IllegalArgumentException e) {
                    LOG.log(Level.WARNING, "Call recording " + r.recordingId() + " has an unreadable analysis; left out", e);
                    continue;
                }
                parsed.put(r.recordingId(), known);
            }
            out.add(new AnalysedCall(r.recordingId(), r.activityId(), r.dealId(), r.callAt(), known.sentiment(), List.of()));
        }
        return out;
    }

    private static Overview summarise(LocalDate today, List<Line> lines, int written, double seconds) {
        List<WeeklyChange.Baseline> old = lines.stream().map(l -> l.week().baseline())
                .filter(b -> b != null && b.weekOld()).toList();
        LocalDate usual = old.stream().collect(Collectors.groupingBy(WeeklyChange.Baseline::day, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.<LocalDate, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
        LocalDate first = lines.stream().map(l -> l.week().baseline()).filter(b -> b != null && !b.weekOld())
                .map(WeeklyChange.Baseline::day).min(LocalDate::compareTo).orElse(today);
        return new Overview(today, lines, old.size(), usual, first, today.minusDays(WeeklyChange.DAYS), written, seconds);
    }
}
