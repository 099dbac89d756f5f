package com.nexuscrm.scoring;

import com.nexuscrm.scoring.FeatureEncoder.Index;
import com.nexuscrm.scoring.FeatureEncoder.Slot;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fits a {@link FeatureEncoder} to training rows: each column's slot (its median and range, quantile cuts,
 * vocabulary or majority) and, for the embedding candidate, each large category's {@link Index}. Only training
 * rows come here, so nothing of the evaluation data reaches a saved model's encoder.
 */
final class EncoderFitting {
    private static final int BINS = 8;
    private static final int MIN_DISTINCT_FOR_BINS = 12;

    private EncoderFitting() { }

    /** One slot per column of {@code table}, each at the offset after the one before. */
    static List<Slot> slots(LabelledTable table) {
        List<Slot> slots = new ArrayList<>();
        int offset = 0;
        for (int c = 0; c < table.columns().size(); c++) {
            Slot slot = fitColumn(table.columns().get(c), c, table.rows(), offset);
            slots.add(slot);
            offset += slot.width();
        }
        return slots;
    }

    /** An {@link Index} for every category of {@code slots} with more than a few values in {@code training}. */
    static List<Index> indexes(List<Slot> slots, LabelledTable training) {
        List<Index> fitted = new ArrayList<>();
        int minimum = Math.max(FeatureEncoder.INDEX_MIN_ROWS, (int) Math.ceil(training.size() * 0.001));
        for (int c = 0; c < slots.size(); c++) {
            Slot slot = slots.get(c);
            if (slot.column().kind() == Column.Kind.CATEGORY
                    && distinct(training.rows(), c) > FeatureEncoder.MIN_LEVELS_FOR_INDEX) {
                fitted.add(new Index(c, slot.column().name(),
                        vocabulary(training.rows(), c, false, minimum, FeatureEncoder.MAX_INDEX_LEVELS), slot.missingSeen()));
            }
        }
        return fitted;
    }

    private static long distinct(List<Object[]> rows, int c) {
        return rows.stream().map(r -> r[c]).filter(java.util.Objects::nonNull)
                .map(v -> FeatureEncoder.normal(v.toString())).distinct().limit(FeatureEncoder.MAX_INDEX_LEVELS + 1L).count();
    }

    private static Slot fitColumn(Column column, int c, List<Object[]> rows, int offset) {
        boolean missingSeen = rows.stream().anyMatch(r -> r[c] == null);
        return switch (column.kind()) {
            case NUMBER -> fitNumber(column, c, rows, offset, missingSeen);
            case FLAG -> {
                long yes = rows.stream().filter(r -> Boolean.TRUE.equals(r[c])).count();
                long known = rows.stream().filter(r -> r[c] instanceof Boolean).count();
                double rate = known == 0 ? 0 : (double) yes / known;
                yield new Slot(column, offset, 2, false, rate, 0, 1, List.of(), known == 0 ? null : String.valueOf(rate >= 0.5),
                        missingSeen, null);
            }
            case CATEGORY -> {
                List<String> vocabulary = vocabulary(rows, c, false, minimumRows(rows), FeatureEncoder.MAX_VOCABULARY);
                String mode = vocabulary.isEmpty() ? null : vocabulary.get(0);
                yield new Slot(column, offset, vocabulary.size() + 2, false, 0, 0, 1, vocabulary, mode, missingSeen, null);
            }
            case TOKENS -> {
                List<String> vocabulary = vocabulary(rows, c, true, minimumRows(rows), FeatureEncoder.MAX_VOCABULARY);
                yield new Slot(column, offset, vocabulary.size() + 1, false, 0, 0, 1, vocabulary, null, missingSeen, null);
            }
        };
    }

    private static Slot fitNumber(Column column, int c, List<Object[]> rows, int offset, boolean missingSeen) {
        double[] values = rows.stream().map(r -> r[c]).filter(v -> v instanceof Double d && Double.isFinite(d))
                .mapToDouble(v -> (Double) v).sorted().toArray();
        if (values.length == 0) {
            return new Slot(column, offset, 2, false, 0, 0, 0, List.of(), null, missingSeen, null);
        }
        boolean log = values[0] >= 0 && values[values.length - 1] > 20;
        double median = values[values.length / 2];
        double low = FeatureEncoder.transform(values[0], log);
        double high = FeatureEncoder.transform(values[values.length - 1], log);
        List<Double> cuts = cuts(values);
        return new Slot(column, offset, 2 + (cuts.isEmpty() ? 0 : cuts.size() + 1), log,
                FeatureEncoder.transform(median, log), low, high, List.of(), String.valueOf(median), missingSeen, cuts);
    }

    /** Distinct quantile cuts of the sorted training values; none for a number with few distinct values. */
    private static List<Double> cuts(double[] sorted) {
        if (Arrays.stream(sorted).distinct().limit(MIN_DISTINCT_FOR_BINS).count() < MIN_DISTINCT_FOR_BINS) {
            return List.of();
        }
        List<Double> cuts = new ArrayList<>();
        for (int q = 1; q < BINS; q++) {
            double cut = sorted[q * (sorted.length - 1) / BINS];
            if (cuts.isEmpty() || cut > cuts.get(cuts.size() - 1)) {
                cuts.add(cut);
            }
        }
        return cuts;
    }

    /** One-hot slots go to values seen in at least 0.5% of rows (and 5 rows). */
    private static int minimumRows(List<Object[]> rows) {
        return Math.max(5, (int) Math.ceil(rows.size() * 0.005));
    }

    /** The at most {@code limit} most frequent values seen in at least {@code minimum} rows, most frequent first. */
    private static List<String> vocabulary(List<Object[]> rows, int c, boolean tokens, int minimum, int limit) {
        Map<String, Integer> counts = new HashMap<>();
        for (Object[] row : rows) {
            if (row[c] == null) {
                continue;
            }
            List<?> values = tokens ? (List<?>) row[c] : List.of(row[c]);
            for (Object v : values) {
                counts.merge(FeatureEncoder.normal(v.toString()), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= minimum)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).map(Map.Entry::getKey).toList();
    }
}
