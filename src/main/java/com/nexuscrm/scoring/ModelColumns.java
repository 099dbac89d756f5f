package com.nexuscrm.scoring;

import java.util.List;

/**
 * Where each of a trained model's columns sits in a full row of its record type ({@link WorkspaceDeals#COLUMNS},
 * {@link WorkspaceAccounts#COLUMNS}): the leakage guard may have dropped some, so a full row is narrowed to the
 * model's columns before it is encoded. A column the row lacks reads as missing.
 */
record ModelColumns(int[] at) {
    static ModelColumns of(LeadModel model, List<Column> full) {
        List<String> names = full.stream().map(Column::name).toList();
        return new ModelColumns(model.encoder().slots().stream().mapToInt(slot -> names.indexOf(slot.column().name())).toArray());
    }

    Object[] narrow(Object[] row) {
        Object[] out = new Object[at.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = at[i] < 0 || at[i] >= row.length ? null : row[at[i]];
        }
        return out;
    }
}
