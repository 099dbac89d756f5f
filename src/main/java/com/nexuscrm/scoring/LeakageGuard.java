package com.nexuscrm.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Finds columns that are known only after the outcome, in any table (a CSV or the workspace), before a
 * model learns from them. A column is suspect when alone it predicts the label almost perfectly on the
 * training rows (single-feature ROC AUC above {@value #AUC_LIMIT}), when most rows sit in categories whose
 * outcome is near-certain (a status set by staff), or when its name says it is post-outcome (the duration
 * of the call, a status, closed or won dates, a reason). Suspect columns are dropped unless the user keeps
 * them by name; every finding carries its single-feature AUC so the output and the model card can say why.
 *
 * <p>The single-feature AUC is measured honestly: each row is scored by its value's conversion rate in
 * the other folds of a {@value #FOLDS}-fold split of the training rows, so an identifier or a rare
 * category cannot look predictive by memorising its own rows. Numbers are grouped into quantile bins, so
 * a relation of any shape counts.
 */
public final class LeakageGuard {
    public static final double AUC_LIMIT = 0.85;
    /** A category is near-certain when this share of its rows, or more, had one outcome. */
    static final double CERTAIN = 0.98;
    /** Rows in near-certain categories (of at least {@value #MIN_GROUP} rows) above this share: deterministic. */
    static final double DETERMINISTIC_SHARE = 0.3;
    static final int MIN_GROUP = 20;
    static final int FOLDS = 5;
    private static final int BINS = 20;
    private static final double SMOOTHING = 10;
    private static final Pattern POST_OUTCOME = Pattern.compile(
            "(^|[^a-z])(duration|status|stage|closed?|won|lost|reason|outcome|result|churned|cancell?ed|cancellation)([^a-z]|$)");

    /** One column's check: its single-feature AUC, why it is suspect (null when it is not), and whether it was kept anyway. */
    public record Finding(String column, double auc, String reason, boolean kept) {
        public boolean dropped() {
            return reason != null && !kept;
        }
    }

    /** Every column checked, the most predictive first. */
    public record Report(List<Finding> checked) {
        public static final Report NONE = new Report(List.of());

        public List<Finding> suspects() {
            return checked.stream().filter(f -> f.reason() != null).toList();
        }

        public List<String> droppedColumns() {
            return checked.stream().filter(Finding::dropped).map(Finding::column).toList();
        }

        /** The table without the dropped columns. */
        public LabelledTable apply(LabelledTable table) {
            List<String> dropped = droppedColumns();
            int[] kept = java.util.stream.IntStream.range(0, table.columns().size())
                    .filter(c -> !dropped.contains(table.columns().get(c).name())).toArray();
            if (kept.length == table.columns().size()) {
                return table;
            }
            List<Column> columns = Arrays.stream(kept).mapToObj(table.columns()::get).toList();
            List<Object[]> rows = new ArrayList<>(table.size());
            for (Object[] row : table.rows()) {
                Object[] projected = new Object[kept.length];
                for (int k = 0; k < kept.length; k++) {
                    projected[k] = row[kept[k]];
                }
                rows.add(projected);
            }
            return new LabelledTable(columns, rows, table.labels(), table.source());
        }
    }

    private LeakageGuard() { }

    /** Checks every column of the training rows; {@code keep} names columns to keep even when suspect. */
    public static Report check(LabelledTable training, Collection<String> keep, long seed) {
        for (String name : keep) {
            if (training.columns().stream().noneMatch(c -> c.name().equalsIgnoreCase(name.trim()))) {
                throw new IllegalArgumentException("--keep names \"" + name.trim() + "\", which is not a column the model"
                        + " learns from (it may have been dropped as an identifier or constant, or with --drop). Its columns are: "
                        + String.join(", ", training.columns().stream().map(Column::name).toList()) + ".");
            }
        }
        int[] folds = folds(training.size(), seed);
        List<Finding> findings = new ArrayList<>();
        for (int c = 0; c < training.columns().size(); c++) {
            Column column = training.columns().get(c);
            String[] keys = keys(training, c);
            double auc = Metrics.auc(outOfFoldRates(keys, training.labels(), folds), training.labels());
            String reason = reason(column, keys, training.labels(), auc);
            boolean kept = keep.stream().anyMatch(k -> k.trim().equalsIgnoreCase(column.name()));
            findings.add(new Finding(column.name(), auc, reason, reason != null && kept));
        }
        findings.sort(Comparator.comparingDouble(Finding::auc).reversed());
        return new Report(List.copyOf(findings));
    }

    private static String reason(Column column, String[] keys, int[] labels, double auc) {
        if (POST_OUTCOME.matcher(column.name().toLowerCase(Locale.ROOT)).find()) {
            return "its name says it is known only after the outcome";
        }
        if (auc > AUC_LIMIT) {
            return String.format(Locale.ROOT, "alone it predicts the label almost perfectly (single-feature AUC %.3f > %.2f)",
                    auc, AUC_LIMIT);
        }
        double share = column.kind() == Column.Kind.NUMBER ? 0 : certainShare(keys, labels);
        if (share > DETERMINISTIC_SHARE) {
            return String.format(Locale.ROOT, "%.0f%% of rows are in values whose outcome is near-certain (≥ %.0f%% one way)",
                    100 * share, 100 * CERTAIN);
        }
        return null;
    }

    /** Share of rows whose value (seen in at least {@value #MIN_GROUP} rows) had one outcome ≥ {@value #CERTAIN} of the time. */
    static double certainShare(String[] keys, int[] labels) {
        Map<String, int[]> counts = new HashMap<>();
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null) {
                int[] n = counts.computeIfAbsent(keys[i], k -> new int[2]);
                n[0]++;
                n[1] += labels[i];
            }
        }
        long rows = 0;
        for (int[] n : counts.values()) {
            double rate = (double) n[1] / n[0];
            if (n[0] >= MIN_GROUP && (rate >= CERTAIN || rate <= 1 - CERTAIN)) {
                rows += n[0];
            }
        }
        return (double) rows / keys.length;
    }

    /** Each row's group: its category, flag or token set, its number's quantile bin; null when missing. */
    private static String[] keys(LabelledTable table, int c) {
        String[] keys = new String[table.size()];
        if (table.columns().get(c).kind() == Column.Kind.NUMBER) {
            double[] cuts = quantiles(table, c);
            for (int i = 0; i < keys.length; i++) {
                Object v = table.rows().get(i)[c];
                if (v instanceof Double d && Double.isFinite(d)) {
                    int bin = Arrays.binarySearch(cuts, d);
                    keys[i] = String.valueOf(bin >= 0 ? bin : -bin - 1);
                }
            }
            return keys;
        }
        for (int i = 0; i < keys.length; i++) {
            Object v = table.rows().get(i)[c];
            if (v instanceof List<?> tokens) {
                keys[i] = tokens.stream().map(t -> FeatureEncoder.normal(t.toString())).sorted().toList().toString();
            } else if (v != null) {
                keys[i] = FeatureEncoder.normal(v.toString());
            }
        }
        return keys;
    }

    private static double[] quantiles(LabelledTable table, int c) {
        double[] values = table.rows().stream().map(r -> r[c]).filter(v -> v instanceof Double d && Double.isFinite(d))
                .mapToDouble(v -> (Double) v).sorted().toArray();
        if (values.length == 0) {
            return new double[0];
        }
        return java.util.stream.IntStream.range(1, BINS).mapToDouble(q -> values[q * (values.length - 1) / BINS])
                .distinct().toArray();
    }

    /** Each row scored by its group's smoothed conversion rate in the other folds; a missing value is a group too. */
    private static double[] outOfFoldRates(String[] keys, int[] labels, int[] folds) {
        double prior = (double) Arrays.stream(labels).sum() / labels.length;
        List<Map<String, int[]>> byFold = new ArrayList<>();
        Map<String, int[]> total = new HashMap<>();
        for (int f = 0; f < FOLDS; f++) {
            byFold.add(new HashMap<>());
        }
        for (int i = 0; i < keys.length; i++) {
            String key = keys[i] == null ? "\u0000missing" : keys[i];
            int[] n = byFold.get(folds[i]).computeIfAbsent(key, k -> new int[2]);
            n[0]++;
            n[1] += labels[i];
            int[] t = total.computeIfAbsent(key, k -> new int[2]);
            t[0]++;
            t[1] += labels[i];
        }
        double[] rates = new double[keys.length];
        for (int i = 0; i < keys.length; i++) {
            String key = keys[i] == null ? "\u0000missing" : keys[i];
            int[] t = total.get(key);
            int[] own = byFold.get(folds[i]).get(key);
            double n = t[0] - own[0];
            double positives = t[1] - own[1];
            rates[i] = (positives + SMOOTHING * prior) / (n + SMOOTHING);
        }
        return rates;
    }

    private static int[] folds(int rows, long seed) {
        int[] folds = new int[rows];
        Random random = new Random(seed);
        for (int i = 0; i < rows; i++) {
            folds[i] = random.nextInt(FOLDS);
        }
        return folds;
    }
}
