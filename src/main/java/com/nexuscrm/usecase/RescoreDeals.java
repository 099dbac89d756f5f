package com.nexuscrm.usecase;

import com.nexuscrm.domain.Account;
import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.Contact;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealChange;
import com.nexuscrm.domain.DealContact;
import com.nexuscrm.domain.DealFeatureReads;
import com.nexuscrm.domain.DealLineItem;
import com.nexuscrm.domain.DealScore;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.ScoreFactor;
import com.nexuscrm.scoring.CloseDateModel;
import com.nexuscrm.scoring.DealModel;
import com.nexuscrm.scoring.ModelRegistry;
import com.nexuscrm.scoring.ScoreWrites;
import com.nexuscrm.scoring.WorkspaceDeals;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Win probability and predicted close for every open deal of a workspace, written to {@code deal_score}
 * through its port (never into the deal row), and training of the deal model. Used by
 * {@code nexus train deals}, {@code nexus bench deals} and the deal screens. Without a trained model, a
 * deal gets its stage's usual win rate and its own close date, with a reason that says so.
 */
public final class RescoreDeals {
    /** What a rescoring did; {@code written} is how many predictions changed and were stored. */
    public record Rescored(int deals, String modelVersion, double seconds, List<String> warnings, int written) { }

    /** A trained model (null with {@code notEnoughHistory} saying why) and the rescoring that followed. */
    public record Trained(DealModel model, String notEnoughHistory, Rescored rescored) { }

    /** Win rates by open stage when no model is trained: common CRM defaults, said to be defaults. */
    static final Map<DealStage, Integer> STAGE_DEFAULTS = Map.of(DealStage.PROSPECTING, 10, DealStage.QUALIFICATION, 20,
            DealStage.PROPOSAL, 50, DealStage.NEGOTIATION, 70);
    static final String NO_MODEL = "stage-default";
    /** Open deals scored and written at a time: the write of one overlaps the scoring of the next. */
    private static final int BATCH = 2000;

    private final Workspace workspace;
    private final Clock clock;
    private final ModelRegistry registry;

    public RescoreDeals(Workspace workspace, Clock clock) {
        this.workspace = workspace;
        this.clock = clock;
        this.registry = new ModelRegistry(workspace.folder(), "deals");
    }

    public ModelRegistry registry() { return registry; }

    /** Every live deal and the facts their rows are built from, read as narrow projections. */
    public record Narrow(List<Deal> deals, WorkspaceDeals.Facts facts) { }

    /** The facts every row is built from, read once: a few queries whatever the number of deals. */
    public WorkspaceDeals.Facts facts(List<Deal> deals) {
        return facts(deals, workspace.deals().allHistory(), workspace.repository(Account.class).findAll(),
                workspace.repository(Contact.class).findAll(), workspace.repository(DealContact.class).findAll(),
                workspace.repository(DealLineItem.class).findAll(), workspace.activities().findAll());
    }

    /**
     * Every live deal with the same facts as {@link #facts}, read through {@link DealFeatureReads}: one narrow query a
     * table over the feature columns, no entities (what {@link #predict} reads).
     */
    public Narrow narrow() {
        DealFeatureReads.Records r = workspace.dealFeatures().read();
        return new Narrow(r.deals(), facts(r.deals(), r.history(), r.accounts(), r.contacts(), r.roles(), r.lineItems(),
                r.activities()));
    }

    private static WorkspaceDeals.Facts facts(List<Deal> deals, List<DealChange> allHistory, List<Account> accounts,
                                              List<Contact> contacts, List<DealContact> roles, List<DealLineItem> items,
                                              List<Activity> allActivities) {
        Map<UUID, List<DealChange>> history = allHistory.stream().collect(Collectors.groupingBy(DealChange::getDealId));
        Map<UUID, List<Activity>> activities = allActivities.stream().filter(a -> a.getDealId() != null)
                .collect(Collectors.groupingBy(Activity::getDealId));
        return new WorkspaceDeals.Facts(byId(accounts, Account::getId), byId(contacts, Contact::getId),
                roles.stream().collect(Collectors.groupingBy(DealContact::getDealId)),
                items.stream().collect(Collectors.groupingBy(DealLineItem::getDealId)),
                history, activities, WorkspaceDeals.reps(deals, history));
    }

    /** The workspace's closed deals as a training table (each as of a point before its close). */
    public WorkspaceDeals.Training trainingTable() {
        List<Deal> deals = workspace.deals().findAll();
        return WorkspaceDeals.training(deals, facts(deals), workspace.folder().getFileName()
                + ": closed deals, each as of a point drawn uniformly before its close (stage, amount and close date replayed"
                + " from the deal's history; buying group as linked by then; line items as they are now)");
    }

    /** Trains on the closed deals, saves and activates the model, then rescores the open deals. */
    public Trained train(long seed, Progress progress) {
        WorkspaceDeals.Training training = trainingTable();
        DealModel model;
        try {
            model = DealModel.train(training, registry.nextVersion(), seed, clock, progress);
        } catch (com.nexuscrm.scoring.LeadTrainer.NotEnoughHistory e) {
            return new Trained(null, e.getMessage(), null);
        }
        progress.checkCancelled(); // a cancel that came while the networks trained keeps no version
        try {
            registry.saveAndActivate(model.version(), model::save);
        } catch (IOException e) {
            throw new UncheckedIOException("The deal model could not be saved in " + registry.folder() + ": " + e.getMessage(), e);
        }
        return new Trained(model, null, rescore(progress));
    }

    /** Scores every open deal with the active model (or the stage defaults), stores the scores, then judges their health. */
    public Rescored rescore(Progress progress) {
        long started = System.nanoTime();
        Rescored predicted = predict(progress);
        new AssessDeals(workspace, clock).assessOpen(progress); // health (and its trend) beside the predictions
        return new Rescored(predicted.deals(), predicted.modelVersion(), (System.nanoTime() - started) / 1e9,
                predicted.warnings(), predicted.written());
    }

    /**
     * The predictions alone: every open deal scored with the active model (or the stage defaults), {@value #BATCH}
     * deals at a time, and only the predictions that changed stored; the store writes one batch while the next is
     * scored ({@link ScoreWrites}).
     */
    public Rescored predict(Progress progress) {
        long started = System.nanoTime();
        List<String> warnings = new ArrayList<>();
        DealModel model = DealModel.loadActive(registry, warnings);
        Narrow read = model == null ? null : narrow();
        List<Deal> all = model == null ? workspace.deals().findAll() : read.deals();
        List<Deal> open = all.stream().filter(d -> d.getStage() == null || !d.getStage().isClosed()).toList();
        Instant now = clock.instant();
        Function<List<Deal>, List<DealScore>> scorer = model == null ? part -> stageDefaults(part, now)
                : part -> predicted(model, part, read.facts(), now);
        Map<UUID, DealScore> stored = workspace.dealScores().all();
        int written = 0;
        try (ScoreWrites writes = new ScoreWrites()) {
            for (int from = 0; from < open.size(); from += BATCH) {
                progress.checkCancelled();
                List<Deal> part = open.subList(from, Math.min(open.size(), from + BATCH));
                List<DealScore> changed = scorer.apply(part).stream()
                        .filter(s -> !s.samePrediction(stored.get(s.dealId()))).toList();
                writes.submit(() -> workspace.dealScores().writePredictions(changed));
                written += changed.size();
                progress.update(from + part.size(), open.size(), String.format("%,d of %,d open deals", from + part.size(),
                        open.size()));
            }
        }
        return new Rescored(open.size(), model == null ? NO_MODEL : model.version(), (System.nanoTime() - started) / 1e9,
                warnings, written);
    }

    private static List<DealScore> predicted(DealModel model, List<Deal> open, WorkspaceDeals.Facts facts, Instant now) {
        List<Object[]> rows = new ArrayList<>(open.size());
        for (Deal d : open) {
            rows.add(WorkspaceDeals.row(d, facts, now));
        }
        DealModel.Prediction[] p = model.predictAll(rows);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<DealScore> scores = new ArrayList<>(open.size());
        for (int i = 0; i < p.length; i++) {
            CloseDateModel.Prediction c = p[i].close();
            scores.add(DealScore.prediction(open.get(i).getId(), p[i].winProbability(), plus(today, c.days()),
                    plus(today, c.low()), plus(today, c.high()), p[i].reasons(), model.version(), now));
        }
        return scores;
    }

    private static List<DealScore> stageDefaults(List<Deal> open, Instant now) {
        List<DealScore> scores = new ArrayList<>(open.size());
        for (Deal d : open) {
            Integer rate = d.getStage() == null ? null : STAGE_DEFAULTS.get(d.getStage());
            int p = rate == null ? 25 : rate;
            String why = rate == null ? "No deal model trained yet (nexus train deals) and no known stage: a default of 25%"
                    : "No deal model trained yet (nexus train deals): the usual win rate of " + d.getStage().label() + ", " + p + "%";
            LocalDate close = d.getCloseDate();
            List<ScoreFactor> reasons = new ArrayList<>(List.of(new ScoreFactor(why, 0)));
            if (close != null && close.isBefore(LocalDate.ofInstant(now, ZoneOffset.UTC))) {
                // a date already gone predicts nothing: say so rather than show a close in the past
                reasons.add(new ScoreFactor("Its close date, " + close + ", has passed: no close is predicted until it is updated", 0));
                close = null;
            }
            scores.add(DealScore.prediction(d.getId(), p, close, null, null, reasons, NO_MODEL, now));
        }
        return scores;
    }

    private static LocalDate plus(LocalDate today, double days) {
        return today.plusDays(Math.round(days));
    }

    private static <T> Map<UUID, T> byId(List<T> records, Function<T, UUID> id) {
        Map<UUID, T> map = new HashMap<>(records.size() * 2);
        records.forEach(r -> map.put(id.apply(r), r));
        return map;
    }
}
