package com.nexuscrm.scoring;

import com.nexuscrm.domain.Lead;
import java.util.ArrayList;
import java.util.List;

/** The benchmark's view inside scoring: the bare network on a prepared matrix, and where the time goes. */
public final class ScoringProbe {
    private final LeadModel model;

    private ScoringProbe(LeadModel model) {
        this.model = model;
    }

    public static ScoringProbe of(LeadScoring scoring) {
        if (!(scoring.scorer() instanceof NetworkLeadScorer network)) {
            throw new IllegalStateException("The workspace scores with the rules prior; there is no network to measure");
        }
        return new ScoringProbe(network.model());
    }

    public int width() { return model.encoder().width(); }

    /** Time of DL4J's output() alone on the leads' normalised feature matrix, built beforehand. */
    public long bareOutputNanos(List<Lead> leads) {
        float[] x = encoded(leads);
        return NativeMath.call(() -> {
            LeadModel.Inputs in = model.inputs(x, leads.size());
            long t = System.nanoTime();
            model.network().output(in.dense(), in.indexes());
            return System.nanoTime() - t;
        });
    }

    public void printBreakdown(List<Lead> leads) {
        long t0 = System.nanoTime();
        List<Object[]> rows = new ArrayList<>(leads.size());
        for (Lead lead : leads) {
            rows.add(WorkspaceLeads.row(lead));
        }
        long t1 = System.nanoTime();
        float[] x = new float[leads.size() * width()];
        for (int i = 0; i < rows.size(); i++) {
            model.encoder().encode(rows.get(i), x, i * width());
        }
        long t2 = System.nanoTime();
        model.rawOutput(x, leads.size());
        long t3 = System.nanoTime();
        System.out.printf("  breakdown in memory: feature rows %d ms, encoding %d ms, normalise + output %d ms%n",
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
    }

    private float[] encoded(List<Lead> leads) {
        float[] x = new float[leads.size() * width()];
        for (int i = 0; i < leads.size(); i++) {
            model.encoder().encode(WorkspaceLeads.row(leads.get(i)), x, i * width());
        }
        return x;
    }
}
