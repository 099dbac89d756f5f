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
 *
 * <p>For the embedding candidate ({@link Candidate#EMBEDDING}) an encoder may also carry {@link Index}es: a
 * category with more than {@value #MIN_LEVELS_FOR_INDEX} distinct values in the training rows also gets one
 * integer input, its value's position in a larger vocabulary (the same normalising and frequency order as the
 * one-hot, values in at least {@value #INDEX_MIN_ROWS} training rows, at most {@value #MAX_INDEX_LEVELS}),
 * written after the one-hot part ({@link #denseWidth()}), so a row is still one float array and every caller
 * that encodes rows and asks the model for its output works unchanged.
 */
public final class FeatureEncoder {
    private static final int MAX_VOCABULARY = 50;
    private static final int BINS = 8;
    private static final int MIN_DISTINCT_FOR_BINS = 12;
    /**
     * An index (for the embedding candidate) only for a category with more values than the one-hot keeps: below
     * that the one-hot already holds every value and an embedding added nothing but training time (X Education:
     * 3.3–4.3 s of a 10,000-row eval for a validation log loss within 0.0002 of the logistic candidate's).
     */
    static final int MIN_LEVELS_FOR_INDEX = MAX_VOCABULARY;
    static final int INDEX_MIN_ROWS = 5;
    static final int MAX_INDEX_LEVELS = 1000;

    /**
     * One category's integer input for an embedding: {@code levels} (normalised, most frequent first), then
     * "other" (a value seen too rarely in training, or never) and "missing". A missing value the training rows
     * never had counts as "other", whose vector training has at least seen.
     */
    public record Index(int column, String name, List<String> levels, boolean missingSeen) {
        /** Levels, "other" and "missing": the embedding's input size. */
        public int size() { return levels.size() + 2; }

        /** ⌈√size⌉ + 1, at most 16: enough to separate the values that matter, few weights per rare value. */
        public int dimension() { return Math.min(16, (int) Math.ceil(Math.sqrt(size())) + 1); }

        float of(Object value) {
            if (value == null) {
                return missingSeen ? levels.size() + 1 : levels.size();
            }
            int known = levels.indexOf(normal(value.toString()));
            return known >= 0 ? known : levels.size();
        }
    }

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
    private final List<Index> indexes;
    private final int denseWidth;

    public FeatureEncoder(List<Slot> slots) {
        this(slots, List.of());
    }

    public FeatureEncoder(List<Slot> slots, List<Index> indexes) {
        this.slots = List.copyOf(slots);
        this.indexes = List.copyOf(indexes);
        this.denseWidth = slots.isEmpty() ? 0 : slots.get(slots.size() - 1).offset() + slots.get(slots.size() - 1).width();
    }

    public List<Slot> slots() { return slots; }

    /** The embedding inputs, in the order they follow the one-hot part; empty for most models. */
    public List<Index> indexes() { return indexes; }

    /** Floats per encoded row: the one-hot part and one per {@link Index}. */
    public int width() { return denseWidth + indexes.size(); }

    /** Floats of the one-hot part, which is standardised and fed to dense networks. */
    public int denseWidth() { return denseWidth; }

    /** The same encoder with an {@link Index} for every category with more than a few values in {@code training}. */
    FeatureEncoder withIndexes(LabelledTable training) {
        List<Index> fitted = new ArrayList<>();
        int minimum = Math.max(INDEX_MIN_ROWS, (int) Math.ceil(training.size() * 0.001));
        for (int c = 0; c < slots.size(); c++) {
            Slot slot = slots.get(c);
            if (slot.column().kind() == Column.Kind.CATEGORY && distinct(training.rows(), c) > MIN_LEVELS_FOR_INDEX) {
                fitted.add(new Index(c, slot.column().name(), vocabulary(training.rows(), c, false, minimum, MAX_INDEX_LEVELS),
                        slot.missingSeen()));
            }
        }
        return new FeatureEncoder(slots, fitted);
    }

    /** The same encoder without embedding inputs (for a model none of whose networks has embeddings). */
    FeatureEncoder withoutIndexes() {
        return indexes.isEmpty() ? this : new FeatureEncoder(slots);
    }

    private static long distinct(List<Object[]> rows, int c) {
        return rows.stream().map(r -> r[c]).filter(java.util.Objects::nonNull).map(v -> normal(v.toString()))
                .distinct().limit(MAX_INDEX_LEVELS + 1L).count();
    }

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
        Arrays.fill(out, at, at + denseWidth, 0f);
        for (int c = 0; c < slots.size(); c++) {
            encodeColumn(slots.get(c), row[c], out, at + slots.get(c).offset());
        }
        for (int i = 0; i < indexes.size(); i++) {
            out[at + denseWidth + i] = indexes.get(i).of(row[indexes.get(i).column()]);
        }
    }

    /**
     * Writes at {@code at} the row already encoded at {@code from} with column {@code c} set to {@code value}: the
     * same floats as {@link #encode} of that changed row, but only the column's own slot (and index) is encoded again
     * (the explanation's occlusion encodes each deal once, then one column per copy).
     */
    public void encodeWith(float[] out, int from, int at, int c, Object value) {
        System.arraycopy(out, from, out, at, width());
        Slot slot = slots.get(c);
        Arrays.fill(out, at + slot.offset(), at + slot.offset() + slot.width(), 0f);
        encodeColumn(slot, value, out, at + slot.offset());
        for (int i = 0; i < indexes.size(); i++) {
            if (indexes.get(i).column() == c) {
                out[at + denseWidth + i] = indexes.get(i).of(value);
            }
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
                List<String> vocabulary = vocabulary(rows, c, false, minimumRows(rows), MAX_VOCABULARY);
                String mode = vocabulary.isEmpty() ? null : vocabulary.get(0);
                yield new Slot(column, offset, vocabulary.size() + 2, false, 0, 0, 1, vocabulary, mode, missingSeen, null);
            }
            case TOKENS -> {
                List<String> vocabulary = vocabulary(rows, c, true, minimumRows(rows), MAX_VOCABULARY);
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
                counts.merge(normal(v.toString()), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= minimum)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).map(Map.Entry::getKey).toList();
    }

    static String normal(String value) {
        return value.trim().toLowerCase(java.util.Locale.ROOT);
    }

}
