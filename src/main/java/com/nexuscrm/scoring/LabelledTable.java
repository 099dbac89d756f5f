package com.nexuscrm.scoring;

import java.util.List;

/**
 * Records (leads, deals, any tabular rows) as typed rows, with a 0/1 label per row when the table is for
 * training. The workspace ({@link WorkspaceLeads}), any lead CSV ({@link CsvLeads}) and the deal tables
 * ({@link MavenDeals}, {@link WorkspaceDeals}) all produce one, so the same encoder, trainer, calibration and
 * explanations serve every model.
 */
public record LabelledTable(List<Column> columns, List<Object[]> rows, int[] labels, String source) {
    public int size() { return rows.size(); }

    public long positives() {
        long n = 0;
        for (int label : labels) {
            n += label;
        }
        return n;
    }

    public LabelledTable subset(int[] indexes) {
        List<Object[]> picked = new java.util.ArrayList<>(indexes.length);
        int[] pickedLabels = new int[indexes.length];
        for (int i = 0; i < indexes.length; i++) {
            picked.add(rows.get(indexes[i]));
            pickedLabels[i] = labels[indexes[i]];
        }
        return new LabelledTable(columns, picked, pickedLabels, source);
    }

    /** The same rows without the named columns (names not in the table are ignored). */
    public LabelledTable without(java.util.Collection<String> names) {
        int[] keep = java.util.stream.IntStream.range(0, columns.size())
                .filter(c -> !names.contains(columns.get(c).name())).toArray();
        List<Column> kept = java.util.Arrays.stream(keep).mapToObj(columns::get).toList();
        List<Object[]> narrowed = rows.stream().map(r -> java.util.Arrays.stream(keep).mapToObj(c -> r[c]).toArray()).toList();
        return new LabelledTable(kept, narrowed, labels, source);
    }
}
