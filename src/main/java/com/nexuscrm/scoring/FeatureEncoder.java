package com.nexuscrm.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns typed lead rows into the network's numeric input. Fitted on training rows only, and saved with
 * the model, so vocabularies and medians never see the evaluation data. Every column gets a "missing"
 * slot; values a column never had in training are clipped (numbers) or counted as "other" (categories).
 * Categories are frequency-capped: the {@value #MAX_VOCABULARY} most frequent values seen in enough rows
 * get a slot each, the rest share "other". A number with many distinct values also gets one-hot quantile
 * bins beside its (log-)value, so even the zero-hidden-layer candidate can learn a bent relation (time on
 * site that helps up to a point).
 */
public final class FeatureEncoder {
    private static final int MAX_VOCABULARY = 50;
    private static final int BINS = 8;
    private static final int MIN_DISTINCT_FOR_BINS = 12;

    /**
     * One column's place in the input. NUMBER takes [value, missing] and one slot per quantile bin when
     * {@code cuts} is not empty (models saved before bins have null); FLAG takes [value, missing]; CATEGORY one slot per known
     * value plus "other" and "missing"; TOKENS one slot per known token plus "missing". {@code typical} is
     * the value a typical training lead has (median, mode, majority, or no tokens): explanations measure a
     * feature against it. When training never saw the column missing, a missing value is imputed (median,
     * majority, no category) and its indicator stays off: a weight that never trained would only add noise.
     */
    public record Slot(Column column, int offset, int width, boolean log, double center, double low, double high,
                       List<String> vocabulary, String typical, boolean missingSeen, List<Double> cuts) {
        List<Double> bins() {
            return cuts == null ? List.of() : cuts;
        }

        Object typicalValue() {
            return switch (column.kind()) {
                case NUMBER -> typical == null ? null : Double.valueOf(typical);
                case FLAG -> typical == null ? null : Boolean.valueOf(typical);
                case CATEGORY -> typical;
                case TOKENS -> List.of();
            };
        }
    }

    private final List<Slot> slots;
    private final int width;

    public FeatureEncoder(List<Slot> slots) {
        this.slots = List.copyOf(slots);
        this.width = slots.isEmpty() ? 0 : slots.get(slots.size() - 1).offset() + slots.get(slots.size() - 1).width();
    }

    public List<Slot> slots() { return slots; }

    public int width() { return width; }

    public static FeatureEncoder fit(LabelledTable table) {
        List<Slot> slots = new ArrayList<>();
        int offset = 0;
        for (int c = 0; c < table.columns().size(); c++) {
            Slot slot = fitColumn(table.columns().get(c), c, table.rows(), offset);
            slots.add(slot);
            offset += slot.width();
        }
        return new FeatureEncoder(slots);
    }

    /** The typical row: every column at its typical value. */
    public Object[] typicalRow() {
        return slots.stream().map(Slot::typicalValue).toArray();
    }

    /** Writes one row's features into {@code out} starting at {@code at}. */
    public void encode(Object[] row, float[] out, int at) {
        Arrays.fill(out, at, at + width, 0f);
        for (int c = 0; c < slots.size(); c++) {
            encodeColumn(slots.get(c), row[c], out, at + slots.get(c).offset());
        }
    }

    private static void encodeColumn(Slot s, Object value, float[] out, int at) {
        switch (s.column().kind()) {
            case NUMBER -> {
                Double x = value instanceof Double d && Double.isFinite(d) ? d : null;
                if (x == null || s.log() && x < 0) {
                    out[at] = (float) s.center();
                    out[at + 1] = s.missingSeen() ? 1f : 0f;
                } else {
                    out[at] = (float) Math.max(s.low(), Math.min(s.high(), transform(x, s.log())));
                    if (!s.bins().isEmpty()) {
                        out[at + 2 + bin(s.bins(), x)] = 1f;
                    }
                }
            }
            case FLAG -> {
                if (value instanceof Boolean b) {
                    out[at] = b ? 1f : 0f;
                } else {
                    out[at] = (float) s.center();
                    out[at + 1] = s.missingSeen() ? 1f : 0f;
                }
            }
            case CATEGORY -> {
                if (value == null) {
                    out[at + s.width() - 1] = s.missingSeen() ? 1f : 0f;
                } else {
                    int known = s.vocabulary().indexOf(normal(value.toString()));
                    out[at + (known >= 0 ? known : s.vocabulary().size())] = 1f;
                }
            }
            case TOKENS -> {
                if (!(value instanceof List<?> tokens)) {
                    out[at + s.width() - 1] = s.missingSeen() ? 1f : 0f;
                } else {
                    for (Object token : tokens) {
                        int known = s.vocabulary().indexOf(normal(token.toString()));
                        if (known >= 0) {
                            out[at + known] = 1f;
                        }
                    }
                }
            }
        }
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
                List<String> vocabulary = vocabulary(rows, c, false);
                String mode = vocabulary.isEmpty() ? null : vocabulary.get(0);
                yield new Slot(column, offset, vocabulary.size() + 2, false, 0, 0, 1, vocabulary, mode, missingSeen, null);
            }
            case TOKENS -> {
                List<String> vocabulary = vocabulary(rows, c, true);
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
        double low = transform(values[0], log);
        double high = transform(values[values.length - 1], log);
        List<Double> cuts = cuts(values);
        return new Slot(column, offset, 2 + (cuts.isEmpty() ? 0 : cuts.size() + 1), log, transform(median, log), low,
                high, List.of(), String.valueOf(median), missingSeen, cuts);
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

    /** The bin of {@code x}: the number of cuts below it (a value equal to a cut falls in the lower bin). */
    private static int bin(List<Double> cuts, double x) {
        int bin = 0;
        while (bin < cuts.size() && x > cuts.get(bin)) {
            bin++;
        }
        return bin;
    }

    private static double transform(double x, boolean log) {
        return log ? Math.log1p(x) : x;
    }

    /** The most frequent values seen in at least 0.5% of rows (and 5 rows), most frequent first. */
    private static List<String> vocabulary(List<Object[]> rows, int c, boolean tokens) {
        Map<String, Integer> counts = new HashMap<>();
        for (Object[] row : rows) {
            if (row[c] == null) {
                continue;
            }
            List<?> values = tokens ? (List<?>) row[c] : List.of(row[c]);
            for (Object v : values) {
                counts.merge(normal(v.toString()), 1, Integer::sum);
            }
        }
        int minimum = Math.max(5, (int) Math.ceil(rows.size() * 0.005));
        return counts.entrySet().stream().filter(e -> e.getValue() >= minimum)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_VOCABULARY).map(Map.Entry::getKey).toList();
    }

    static String normal(String value) {
        return value.trim().toLowerCase(java.util.Locale.ROOT);
    }

}
