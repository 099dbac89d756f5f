package com.nexuscrm.usecase;

import com.nexuscrm.conversation.CallAnalysisJson;
import com.nexuscrm.domain.AccountRow;
import com.nexuscrm.domain.Picklist;
import com.nexuscrm.domain.PicklistName;
import com.nexuscrm.domain.account.AccountFacts;
import com.nexuscrm.domain.account.AccountHealth;
import com.nexuscrm.domain.account.AccountHistory;
import com.nexuscrm.domain.account.AccountReport;
import com.nexuscrm.domain.account.AccountTicket;
import com.nexuscrm.domain.account.AnalysedCall;
import com.nexuscrm.domain.account.EngagementTrend;
import com.nexuscrm.domain.account.Peer;
import com.nexuscrm.domain.account.RelationshipStrength;
import com.nexuscrm.domain.ScoreFactor;
import com.nexuscrm.domain.account.RetentionRisk;
import com.nexuscrm.domain.account.TalkingPoints;
import com.nexuscrm.domain.account.Upsell;
import com.nexuscrm.domain.call.CallAnalysis;
import com.nexuscrm.domain.call.SideMetrics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every insight of one account ({@link AccountReport}): reads its facts through {@link AccountHistory}, one narrow
 * query per kind, and runs the pure rules of {@code domain.account} on them. The upsell's peers (every account that
 * owns a product) are read once and kept {@link #PEERS_KEPT}, since one account's change barely moves its
 * neighbours. Only the newest {@value #CALLS_READ} analysed calls are parsed.
 *
 * <p>The churn risk is not computed here: a churn model (a separate part) supplies it through {@code churn}, a
 * function from account id to its estimate; without one (the default) the report's {@code churnRisk} is null.
 */
public final class AccountInsights {
    static final Duration PEERS_KEPT = Duration.ofHours(1);
    static final int CALLS_READ = 20;
    private static final Logger LOG = Logger.getLogger(AccountInsights.class.getName());

    private final AccountHistory history;
    private final Supplier<Picklist> outcomes;
    private final Function<UUID, Optional<RetentionRisk>> churn;
    private final Clock clock;
    private List<Peer> peers;
    private Instant peersAt;

    public AccountInsights(AccountHistory history, Supplier<Picklist> outcomes,
                           Function<UUID, Optional<RetentionRisk>> churn, Clock clock) {
        this.history = history;
        this.outcomes = outcomes;
        this.churn = churn;
        this.clock = clock;
    }

    /** Over an open workspace, with the churn model's last scores ({@code account_score}) where there are any. */
    public AccountInsights(Workspace workspace, Clock clock) {
        this(workspace.accountHistory(),
                () -> TeamPicklists.of(workspace).load(PicklistName.ACTIVITY_OUTCOME), churnOf(workspace), clock);
    }

    private static Function<UUID, Optional<RetentionRisk>> churnOf(Workspace workspace) {
        return id -> workspace.accountScores().find(id).filter(s -> s.churnRisk() != null)
                .map(s -> RetentionRisk.ofScore(s.churnRisk(), s.reasons().stream().map(ScoreFactor::text).toList(),
                        s.modelVersion() == null ? "rules" : s.modelVersion()));
    }

    /** The same, with the churn model's estimates. */
    public AccountInsights withChurn(Function<UUID, Optional<RetentionRisk>> churnSource) {
        return new AccountInsights(history, outcomes, churnSource, clock);
    }

    /**
     * The account a user means by {@code nameOrId}: an id, else the one account of that exact name (ignoring case),
     * else the one whose name contains it. None, or several, is an error that lists the candidates.
     */
    public AccountRow find(String nameOrId) {
        String text = nameOrId == null ? "" : nameOrId.trim();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("Give an account name or id.");
        }
        try {
            UUID id = UUID.fromString(text);
            return history.account(id).orElseThrow(() -> new IllegalArgumentException("No account with id " + id + "."));
        } catch (IllegalArgumentException notAnId) {
            if (text.length() == 36 && text.chars().filter(c -> c == '-').count() == 4) {
                throw notAnId;
            }
        }
        List<AccountRow> named = history.named(text);
        List<AccountRow> exact = named.stream().filter(a -> text.equalsIgnoreCase(a.name())).toList();
        List<AccountRow> candidates = exact.isEmpty() ? named : exact;
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("No account is named '" + text + "'; check the spelling, or give its id.");
        }
        String list = candidates.stream().limit(10).map(a -> "  " + a.name() + "  (" + a.id() + ")")
                .collect(java.util.stream.Collectors.joining("\n"));
        throw new IllegalArgumentException("'" + text + "' matches " + candidates.size()
                + (candidates.size() >= AccountHistory.NAMED_LIMIT ? " or more" : "") + " accounts"
                + (candidates.size() > 10 ? " (first 10 shown)" : "") + "; give more of the name or the id:\n" + list);
    }

    /** The account's insights now; a clear error when it does not exist (any more). */
    public AccountReport report(UUID accountId) {
        AccountFacts f = facts(accountId);
        AccountHealth health = AccountHealth.of(f);
        Upsell.Result upsell = Upsell.of(f, peers(f.now()));
        RelationshipStrength.Result relationships = RelationshipStrength.of(f);
        RetentionRisk churnRisk = churn.apply(accountId).orElse(null);
        List<TalkingPoints.Point> points = new ArrayList<>();
        TalkingPoints.churn(churnRisk, accountId).ifPresent(points::add);
        points.addAll(TalkingPoints.of(f, health, upsell, relationships));
        List<AccountTicket> open = f.tickets().stream().filter(AccountTicket::open)
                .sorted(java.util.Comparator.comparing(AccountTicket::openedAt).reversed()).toList();
        return new AccountReport(f.account(), f.now(), health, upsell, relationships,
                EngagementTrend.of(f, EngagementTrend.DEFAULT_MONTHS), points, f.openDeals(), open, churnRisk);
    }

    /** The facts the rules read, one query per kind. */
    public AccountFacts facts(UUID accountId) {
        AccountRow account = history.account(accountId).orElseThrow(() -> new NoSuchElementException(
                "No account with id " + accountId + " (it may have been deleted or merged)."));
        return new AccountFacts(account, clock.instant(), clock.getZone(), history.contacts(accountId),
                history.activities(accountId), history.tickets(accountId), history.usage(accountId),
                calls(accountId), history.deals(accountId), history.owned(accountId), outcomes.get(),
                history.userNames());
    }

    private List<AnalysedCall> calls(UUID accountId) {
        List<AnalysedCall> out = new ArrayList<>();
        for (AccountHistory.RecordedCall r : history.analysedCalls(accountId, CALLS_READ)) {
            try {
                CallAnalysis a = CallAnalysisJson.readAnalysis(r.analysisJson());
                Double sentiment = a.side(a.customerSide()).map(SideMetrics::sentiment).orElse(null);
                out.add(new AnalysedCall(r.recordingId(), r.activityId(), r.dealId(), r.callAt(), sentiment,
                        a.actionItems().stream().map(i -> new AnalysedCall.NextStep(i.evidence().quote(), i.dueDate()))
                                .toList()));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Call recording " + r.recordingId() + " has an unreadable analysis; left out", e);
            }
        }
        return out;
    }

    private synchronized List<Peer> peers(Instant now) {
        if (peers == null || peersAt.plus(PEERS_KEPT).isBefore(now) || peersAt.isAfter(now)) {
            peers = history.peers();
            peersAt = now;
        }
        return peers;
    }
}
