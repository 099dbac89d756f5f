package com.nexuscrm.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link FeatureEncoder#encodeWith} (the explanation's occlusion: a row encoded once, then one column changed per
 * copy) writes the same floats as encoding the changed row afresh, for numbers with bins, flags, categories, missing
 * values and category indexes.
 */
class FeatureEncoderOcclusionTest {
    @Test
    void oneColumnChangedEncodesLikeTheWholeChangedRow() {
        List<Column> columns = WorkspaceDeals.COLUMNS;
        Random random = new Random(3);
        List<Object[]> rows = new ArrayList<>();
        String[] stages = {"Prospecting", "Qualification", "Proposal", "Negotiation", null, "Legacy stage"};
        for (int i = 0; i < 300; i++) {
            Object[] row = new Object[columns.size()];
            for (int c = 0; c < row.length; c++) {
                row[c] = switch (columns.get(c).kind()) {
                    case NUMBER -> random.nextInt(10) == 0 ? null : (Object) (random.nextDouble() * 1000);
                    case FLAG -> random.nextInt(10) == 0 ? null : (Object) random.nextBoolean();
                    case CATEGORY -> stages[random.nextInt(stages.length)];
                    case TOKENS -> null;
                };
            }
            rows.add(row);
        }
        int[] labels = rows.stream().mapToInt(r -> random.nextInt(2)).toArray();
        FeatureEncoder fitted = FeatureEncoder.fit(new LabelledTable(columns, rows, labels, "generated"));
        FeatureEncoder encoder = new FeatureEncoder(fitted.slots(), List.of(
                new FeatureEncoder.Index(0, "stage", List.of("prospecting", "proposal"), true),
                new FeatureEncoder.Index(14, "seniority", List.of("vp"), false)));
        Object[] typical = encoder.typicalRow();
        int w = encoder.width();
        for (Object[] row : rows) {
            float[] x = new float[2 * w];
            encoder.encode(row, x, 0);
            for (int c = 0; c < columns.size(); c++) {
                Object[] changed = row.clone();
                changed[c] = typical[c];
                float[] fresh = new float[w];
                encoder.encode(changed, fresh, 0);
                Arrays.fill(x, w, 2 * w, 9f);
                encoder.encodeWith(x, 0, w, c, typical[c]);
                assertArrayEquals(fresh, Arrays.copyOfRange(x, w, 2 * w), "column " + c);
            }
        }
    }
}
