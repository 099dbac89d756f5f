package com.nexuscrm.scoring;

import java.util.Arrays;
import java.util.List;

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
    static final int MAX_VOCABULARY = 50;
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
        return new FeatureEncoder(slots, EncoderFitting.indexes(slots, training));
    }

    /** The same encoder without embedding inputs (for a model none of whose networks has embeddings). */
    FeatureEncoder withoutIndexes() {
        return indexes.isEmpty() ? this : new FeatureEncoder(slots);
    }

    /** An encoder fitted to {@code table}'s rows, which are training rows only ({@link EncoderFitting}). */
    public static FeatureEncoder fit(LabelledTable table) {
        return new FeatureEncoder(EncoderFitting.slots(table));
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

    /** The bin of {@code x}: the number of cuts below it (a value equal to a cut falls in the lower bin). */
    private static int bin(List<Double> cuts, double x) {
        int bin = 0;
        while (bin < cuts.size() && x > cuts.get(bin)) {
            bin++;
        }
        return bin;
    }

    static double transform(double x, boolean log) {
        return log ? Math.log1p(x) : x;
    }

    static String normal(String value) {
        return value.trim().toLowerCase(java.util.Locale.ROOT);
    }

}
