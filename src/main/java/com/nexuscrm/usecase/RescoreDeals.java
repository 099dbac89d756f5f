package com.nexuscrm.usecase;

import com.nexuscrm.domain.Account;
import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.Contact;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealChange;
import com.nexuscrm.domain.DealContact;
import com.nexuscrm.domain.DealLineItem;
import com.nexuscrm.domain.DealScore;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.ScoreFactor;
import com.nexuscrm.scoring.CloseDateModel;
import com.nexuscrm.scoring.DealModel;
import com.nexuscrm.scoring.ModelRegistry;
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
    /** What a rescoring did. */
    public record Rescored(int deals, String modelVersion, double seconds, List<String> warnings) { }

    /** A trained model (null with {@code notEnoughHistory} saying why) and the rescoring that followed. */
    public record Trained(DealModel model, String notEnoughHistory, Rescored rescored) { }

    /** Win rates by open stage when no model is trained: common CRM defaults, said to be defaults. */
    static final Map<DealStage, Integer> STAGE_DEFAULTS = Map.of(DealStage.PROSPECTING, 10, DealStage.QUALIFICATION, 20,
            DealStage.PROPOSAL, 50, DealStage.NEGOTIATION, 70);
    static final String NO_MODEL = "stage-default";

    private final Workspace workspace;
    private final Clock clock;
    private final ModelRegistry registry;

    public RescoreDeals(Workspace workspace, Clock clock) {
        this.workspace = workspace;
        this.clock = clock;
        this.registry = new ModelRegistry(workspace.folder(), "deals");
    }

    public ModelRegistry registry() { return registry; }

    /** The facts every row is built from, read once: a few queries whatever the number of deals. */
    public WorkspaceDeals.Facts facts(List<Deal> deals) {
        Map<UUID, List<DealChange>> history = workspace.deals().allHistory().stream()
                .collect(Collectors.groupingBy(DealChange::getDealId));
        Map<UUID, List<Activity>> activities = workspace.activities().findAll().stream().filter(a -> a.getDealId() != null)
                .collect(Collectors.groupingBy(Activity::getDealId));
        return new WorkspaceDeals.Facts(byId(workspace.repository(Account.class).findAll(), Account::getId),
                byId(workspace.repository(Contact.class).findAll(), Contact::getId),
                workspace.repository(DealContact.class).findAll().stream().collect(Collectors.groupingBy(DealContact::getDealId)),
                workspace.repository(DealLineItem.class).findAll().stream().collect(Collectors.groupingBy(DealLineItem::getDealId)),
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
        try {
            registry.saveAndActivate(model.version(), model::save);
        } catch (IOException e) {
            throw new UncheckedIOException("The deal model could not be saved in " + registry.folder() + ": " + e.getMessage(), e);
        }
        return new Trained(model, null, rescore(progress));
    }

    /** Scores every open deal with the active model (or the stage defaults) and stores the scores. */
    public Rescored rescore(Progress progress) {
        long started = System.nanoTime();
        List<String> warnings = new ArrayList<>();
        DealModel model = DealModel.loadActive(registry, warnings);
        List<Deal> all = workspace.deals().findAll();
        List<Deal> open = all.stream().filter(d -> d.getStage() == null || !d.getStage().isClosed()).toList();
        Instant now = clock.instant();
        List<DealScore> scores = model == null ? stageDefaults(open, now) : predicted(model, open, facts(all), now, progress);
        workspace.dealScores().writePredictions(scores);
        new AssessDeals(workspace, clock).assessOpen(progress); // health (and its trend) beside the predictions
        return new Rescored(open.size(), model == null ? NO_MODEL : model.version(), (System.nanoTime() - started) / 1e9, warnings);
    }

    private static List<DealScore> predicted(DealModel model, List<Deal> open, WorkspaceDeals.Facts facts, Instant now,
                                             Progress progress) {
        List<Object[]> rows = new ArrayList<>(open.size());
        for (Deal d : open) {
            rows.add(WorkspaceDeals.row(d, facts, now));
        }
        progress.checkCancelled();
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
