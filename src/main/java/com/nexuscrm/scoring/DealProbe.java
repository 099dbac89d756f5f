package com.nexuscrm.scoring;

import java.util.List;

/** The deal benchmark's view inside scoring: the deal model's bare network on a prepared matrix. */
public final class DealProbe {
    private final DealModel model;

    private DealProbe(DealModel model) {
        this.model = model;
    }

    public static DealProbe of(DealModel model) {
        return new DealProbe(model);
    }

    public int width() { return model.win().encoder().width(); }

    /** Time of DL4J's output() alone on the deals' ({@link WorkspaceDeals} rows) normalised matrix, built beforehand. */
    public long bareOutputNanos(List<Object[]> rows) {
        LeadModel win = model.win();
        float[] x = new float[rows.size() * width()];
        for (int i = 0; i < rows.size(); i++) {
            win.encoder().encode(model.forWin(rows.get(i)), x, i * width());
        }
        return NativeMath.call(() -> {
            LeadModel.Inputs in = win.inputs(x, rows.size());
            long t = System.nanoTime();
            win.network().output(in.dense(), in.indexes());
            return System.nanoTime() - t;
        });
    }
}
