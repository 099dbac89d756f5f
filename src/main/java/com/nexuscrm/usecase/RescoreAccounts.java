package com.nexuscrm.usecase;

import com.nexuscrm.domain.Account;
import com.nexuscrm.domain.AccountScore;
import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.ProductUsage;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.ScoreFactor;
import com.nexuscrm.domain.SupportTicket;
import com.nexuscrm.domain.account.ChurnFeatures;
import com.nexuscrm.domain.account.ChurnHistory;
import com.nexuscrm.domain.account.ChurnPrior;
import com.nexuscrm.scoring.ChurnModel;
import com.nexuscrm.scoring.LeadEvaluation;
import com.nexuscrm.scoring.LeadTrainer;
import com.nexuscrm.scoring.ModelRegistry;
import com.nexuscrm.scoring.WorkspaceAccounts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Churn risk for every account of a workspace, written to {@code account_score} through its port (never into the
 * account row), and training and evaluation of the churn model. A rescoring writes only the scores that changed
 * (risk, reasons or model), in one batch. Without a trained model the {@link ChurnPrior} rules give the risk and
 * say so; an account with neither usage nor tickets gets no number, only "not enough data"; an account that has
 * churned already (its usage stopped, {@link ChurnHistory}) gets no risk but the month it left.
 */
public final class RescoreAccounts {
    /** What a rescoring did: accounts scored, rows written (changed), the model used. */
    public record Rescored(int accounts, int changed, String modelVersion, double seconds, List<String> warnings) { }

    /** A trained model (null with {@code notEnoughHistory} saying why) and the rescoring that followed. */
    public record Trained(ChurnModel model, String notEnoughHistory, Rescored rescored) { }

    private final Workspace workspace;
    private final Clock clock;
    private final ModelRegistry registry;

    public RescoreAccounts(Workspace workspace, Clock clock) {
        this.workspace = workspace;
        this.clock = clock;
        this.registry = new ModelRegistry(workspace.folder(), "churn");
    }

    public ModelRegistry registry() { return registry; }

    /** Every account's usage, tickets, activities and deals, read once (a few queries whatever the size). */
    public WorkspaceAccounts.Facts facts() {
        return new WorkspaceAccounts.Facts(
                workspace.repository(Account.class).findAll().stream().collect(Collectors.toMap(Account::getId, a -> a, (a, b) -> a)),
                byAccount(workspace.repository(ProductUsage.class).findAll(), ProductUsage::getAccountId),
                byAccount(workspace.repository(SupportTicket.class).findAll(), SupportTicket::getAccountId),
                byAccount(workspace.activities().findAll(), Activity::getAccountId),
                byAccount(workspace.deals().findAll(), Deal::getAccountId));
    }

    /** The labelled rows: accounts active at each cut-off, as of just before it. */
    public WorkspaceAccounts.Training trainingTable() {
        return WorkspaceAccounts.training(facts(), workspace.folder().getFileName() + ": accounts active at monthly cut-offs,"
                + " described by usage, tickets and activity before each; label: usage stopped within "
                + ChurnHistory.WINDOW_MONTHS + " months");
    }

    /**
     * The held-out comparison on this workspace's accounts (the framework's selected model vs logistic
     * regression and the base rate), with a split that holds out whole accounts (20%, stratified, fixed seed).
     */
    public LeadEvaluation.Result evaluate(Collection<String> keep, long seed, Progress progress) {
        WorkspaceAccounts.Training t = trainingTable();
        List<String> kept = new ArrayList<>(keep);
        kept.add(WorkspaceAccounts.RENEWAL);
        return LeadEvaluation.run(t.table(), t.groups(), List.of(), kept, seed, progress);
    }

    /** Trains on the workspace's history, saves and activates the model, then rescores every account. */
    public Trained train(long seed, Progress progress) {
        WorkspaceAccounts.Training training = trainingTable();
        ChurnModel model;
        try {
            model = ChurnModel.train(training, registry.nextVersion(), seed, clock, progress);
        } catch (LeadTrainer.NotEnoughHistory e) {
            long churned = training.table().positives();
            return new Trained(null, String.format(Locale.ROOT, "%s has %d account-periods that churned and %d that stayed;"
                    + " a churn model needs at least %d of each. No model was trained; churn risk stays with the rules prior.",
                    workspace.folder().getFileName(), churned, training.table().size() - churned, LeadTrainer.MINIMUM_CONVERSIONS), null);
        }
        try {
            registry.saveAndActivate(model.version(), model::save);
        } catch (IOException e) {
            throw new UncheckedIOException("The churn model could not be saved in " + registry.folder() + ": " + e.getMessage(), e);
        }
        return new Trained(model, null, rescore(progress));
    }

    /** Scores every account with the active model (or the rules prior) and writes the scores that changed. */
    public Rescored rescore(Progress progress) {
        long started = System.nanoTime();
        List<String> warnings = new ArrayList<>();
        ChurnModel model = ChurnModel.loadActive(registry, warnings);
        WorkspaceAccounts.Facts facts = facts();
        Instant now = clock.instant();
        List<AccountScore> scores = score(facts, model, now, progress);
        Map<UUID, AccountScore> stored = workspace.accountScores().all();
        List<AccountScore> changed = scores.stream().filter(s -> !s.sameAs(stored.get(s.accountId()))).toList();
        workspace.accountScores().write(changed);
        return new Rescored(scores.size(), changed.size(), model == null ? ChurnPrior.VERSION : model.version(),
                (System.nanoTime() - started) / 1e9, warnings);
    }

    static List<AccountScore> score(WorkspaceAccounts.Facts facts, ChurnModel model, Instant now, Progress progress) {
        LocalDate dataEnd = facts.dataEnd();
        List<AccountScore> scores = new ArrayList<>();
        List<UUID> modelled = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        String version = model == null ? ChurnPrior.VERSION : model.version();
        for (UUID id : facts.accounts().keySet().stream().sorted().toList()) {
            LocalDate churned = ChurnHistory.churnMonth(facts.usage().getOrDefault(id, List.of()), dataEnd);
            ChurnFeatures f = facts.features(id, now);
            if (churned != null) {
                scores.add(new AccountScore(id, null, List.of(new ScoreFactor("Churned: no product usage since "
                        + churned.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + churned.getYear(), 0)), version, now));
            } else if (!f.enoughData()) {
                scores.add(new AccountScore(id, null, List.of(ChurnPrior.notEnoughData()), version, now));
            } else if (model == null) {
                ChurnPrior.Risk r = ChurnPrior.assess(f);
                scores.add(new AccountScore(id, r.risk(), r.reasons(), version, now));
            } else {
                modelled.add(id);
                rows.add(WorkspaceAccounts.row(f));
            }
        }
        progress.checkCancelled();
        if (!rows.isEmpty()) {
            ChurnModel.Prediction[] p = model.predictAll(rows);
            for (int i = 0; i < p.length; i++) {
                scores.add(new AccountScore(modelled.get(i), p[i].risk(), p[i].reasons(), version, now));
            }
        }
        return scores;
    }

    private static <T> Map<UUID, List<T>> byAccount(List<T> records, Function<T, UUID> account) {
        Map<UUID, List<T>> map = new HashMap<>();
        for (T r : records) {
            UUID id = account.apply(r);
            if (id != null) {
                map.computeIfAbsent(id, k -> new ArrayList<>()).add(r);
            }
        }
        return map;
    }
}
