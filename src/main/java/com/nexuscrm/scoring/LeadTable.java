package com.nexuscrm.scoring;

import java.util.List;

/**
 * Leads as typed rows, with a 0/1 label per row when the table is for training. The workspace
 * ({@link WorkspaceLeads}) and any lead CSV ({@link CsvLeads}) both produce one, so the same encoder,
 * network, calibration and explanations serve both.
 */
public record LeadTable(List<Column> columns, List<Object[]> rows, int[] labels, String source) {
    public int size() { return rows.size(); }

    public long positives() {
        long n = 0;
        for (int label : labels) {
            n += label;
        }
        return n;
    }

    public LeadTable subset(int[] indexes) {
        List<Object[]> picked = new java.util.ArrayList<>(indexes.length);
        int[] pickedLabels = new int[indexes.length];
        for (int i = 0; i < indexes.length; i++) {
            picked.add(rows.get(indexes[i]));
            pickedLabels[i] = labels[indexes[i]];
        }
        return new LeadTable(columns, picked, pickedLabels, source);
    }
}
