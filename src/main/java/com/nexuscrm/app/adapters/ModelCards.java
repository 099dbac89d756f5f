package com.nexuscrm.app.adapters;

import com.nexuscrm.scoring.LeakageGuard;
import com.nexuscrm.scoring.Metrics;
import com.nexuscrm.scoring.ModelCard;
import com.nexuscrm.scoring.ModelRegistry;
import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.ui.settings.TrainableModels;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** A saved {@link ModelCard} as the Settings model sections show it: one place for leads and deals. */
final class ModelCards {
    private ModelCards() { }

    /** The card's winner and why, each candidate's held-out figures, and what the leakage guard left out. */
    static TrainableModels.Card card(ModelCard c, List<String> notes) {
        if (c.candidates() == null || c.candidates().isEmpty()) {
            return new TrainableModels.Card("Trained before model selection: " + c.network(), List.of(), leakage(c), notes);
        }
        List<TrainableModels.Candidate> candidates = c.candidates().stream().map(r -> new TrainableModels.Candidate(
                r.name(), r.network(), r.validationLogLoss(), r.validationAuc(), r.name().equals(c.selected()))).toList();
        return new TrainableModels.Card("Selected: " + c.selectionReason(), candidates, leakage(c), notes);
    }

    private static List<String> leakage(ModelCard c) {
        List<String> lines = new ArrayList<>();
        List<LeakageGuard.Finding> findings = c.leakage() == null ? List.of() : c.leakage();
        for (LeakageGuard.Finding f : findings) {
            lines.add(String.format(Locale.ROOT, "Leakage guard %s %s (single-feature AUC %.3f on the training split): %s",
                    f.kept() ? "kept" : "dropped", f.column(), f.auc(), f.reason()));
        }
        if (findings.isEmpty()) {
            lines.add("Leakage guard: no column predicted the outcome suspiciously well; none dropped.");
        }
        List<String> others = c.droppedColumns().stream()
                .filter(d -> findings.stream().noneMatch(f -> f.column().equals(d))).toList();
        if (!others.isEmpty()) {
            lines.add("Also left out: " + String.join(", ", others));
        }
        return lines;
    }

    /** The registry's versions, newest first, as rows; {@code outcome} names the positives ("converted", "won"). */
    static List<TrainableModels.Version> versions(ModelRegistry registry, String prefix, String plural, String outcome) {
        return registry.list().stream().sorted(Comparator.comparingInt((ModelRegistry.Entry e) -> number(e, prefix)).reversed())
                .map(e -> version(e, plural, outcome)).toList();
    }

    private static int number(ModelRegistry.Entry e, String prefix) {
        try {
            return Integer.parseInt(e.version().substring(prefix.length()));
        } catch (RuntimeException notOurs) {
            return -1;
        }
    }

    private static TrainableModels.Version version(ModelRegistry.Entry e, String plural, String outcome) {
        if (e.card() == null) {
            return new TrainableModels.Version(e.version(), e.active(), "", "", "", e.problem());
        }
        ModelCard c = e.card();
        return new TrainableModels.Version(e.version(), e.active(), Formats.user().day(c.trainedAt()),
                String.format("%,d %s, %,d %s", c.trainingRows() + c.validationRows(), plural, c.conversions(), outcome),
                String.format("AUC %.2f, log loss %.3f", c.validation().auc(), c.validation().logLoss()), null);
    }

    static List<TrainableModels.Reliability> reliability(ModelCard c) {
        return c.validation().reliability().stream().map(ModelCards::row).toList();
    }

    private static TrainableModels.Reliability row(Metrics.ReliabilityBin b) {
        return new TrainableModels.Reliability(String.format("%.0f\u2013%.0f%%", 100 * b.from(), 100 * b.to()), b.leads(),
                b.meanPredicted(), b.observed());
    }
}
