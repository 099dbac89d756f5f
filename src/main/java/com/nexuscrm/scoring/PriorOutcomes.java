package com.nexuscrm.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Track records without leakage: the deals of a rep (or product, or account) that closed strictly before a
 * given date, with their win rate and mean days to close. A deal's own outcome, and every outcome known
 * only on or after the day the deal is scored, are never counted. Build with {@link #add}, then ask
 * {@link #asOf} (each key's outcomes are sorted by close date once, so a question is a binary search).
 */
public final class PriorOutcomes {
    /** What was known about a key before a date; {@code winRate} and {@code meanDays} are NaN for no deals. */
    public record Record(int closed, double winRate, double meanDays) {
        public Double winRateOrNull() {
            return closed == 0 ? null : winRate;
        }

        public Double meanDaysOrNull() {
            return Double.isFinite(meanDays) ? meanDays : null;
        }
    }

    private static final Record NONE = new Record(0, Double.NaN, Double.NaN);

    private record Outcome(LocalDate closed, boolean won, double days) { }

    /** One key's outcomes and, once sorted, their prefix sums. */
    private static final class Track {
        final List<Outcome> outcomes = new ArrayList<>();
        int[] wins;
        int[] withDays;
        double[] days;

        void prepare() {
            if (wins != null) {
                return;
            }
            outcomes.sort(Comparator.comparing(Outcome::closed));
            int n = outcomes.size();
            wins = new int[n + 1];
            withDays = new int[n + 1];
            days = new double[n + 1];
            for (int i = 0; i < n; i++) {
                Outcome o = outcomes.get(i);
                boolean known = Double.isFinite(o.days());
                wins[i + 1] = wins[i] + (o.won() ? 1 : 0);
                withDays[i + 1] = withDays[i] + (known ? 1 : 0);
                days[i + 1] = days[i] + (known ? o.days() : 0);
            }
        }
    }

    private final Map<String, Track> byKey = new HashMap<>();

    /** Records a closed deal; {@code days} from start to close may be NaN when unknown. */
    public void add(String key, LocalDate closed, boolean won, double days) {
        if (key == null || closed == null) {
            return;
        }
        Track track = byKey.computeIfAbsent(key, k -> new Track());
        track.outcomes.add(new Outcome(closed, won, days));
        track.wins = null;
    }

    public Record asOf(String key, LocalDate before) {
        Track track = key == null || before == null ? null : byKey.get(key);
        if (track == null) {
            return NONE;
        }
        track.prepare();
        int n = countBefore(track.outcomes, before);
        if (n == 0) {
            return NONE;
        }
        int known = track.withDays[n];
        return new Record(n, (double) track.wins[n] / n, known == 0 ? Double.NaN : track.days[n] / known);
    }

    /** How many outcomes closed strictly before {@code date} (the list is sorted by close date). */
    private static int countBefore(List<Outcome> sorted, LocalDate date) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted.get(mid).closed().isBefore(date)) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
