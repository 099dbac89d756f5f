package com.nexuscrm.domain.account;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The k nearest accounts to one account on firmographics and usage: industry (0 same, 1 different), and the base-10
 * logarithms of employees, annual revenue and seats, plus utilisation (active users over seats). The distance is the
 * root of the mean squared difference over the features both accounts have; a peer sharing fewer than two features
 * with the account, or owning no product, is not a neighbour. Ties go to the peer with the lower id (determinism).
 */
public final class Neighbours {
    private Neighbours() { }

    /** The account itself as a peer: its firmographics and latest usage. */
    static Peer self(AccountFacts f) {
        UsageMonth last = f.usage().isEmpty() ? null : f.usage().get(f.usage().size() - 1);
        return new Peer(f.accountId(), f.account().name(), f.account().industry(), f.account().employees(),
                f.account().annualRevenue(), last == null ? null : last.seats(), last == null ? null : last.activeUsers(),
                Map.of());
    }

    public static List<Peer> nearest(Peer self, List<Peer> peers, int k) {
        record Scored(Peer peer, double distance) { }
        return peers.stream().filter(p -> !p.accountId().equals(self.accountId()) && !p.products().isEmpty())
                .map(p -> new Scored(p, distance(self, p))).filter(s -> !Double.isNaN(s.distance()))
                .sorted(Comparator.comparingDouble(Scored::distance).thenComparing(s -> s.peer().accountId()))
                .limit(k).map(Scored::peer).toList();
    }

    /** The distance defined above; NaN when fewer than two features are shared. */
    static double distance(Peer a, Peer b) {
        double sum = 0;
        int n = 0;
        if (a.industry() != null && b.industry() != null) {
            sum += a.industry().equalsIgnoreCase(b.industry()) ? 0 : 1;
            n++;
        }
        double[] d = {logDiff(a.employees(), b.employees()), logDiff(money(a.annualRevenue()), money(b.annualRevenue())),
                logDiff(a.seats(), b.seats()), utilisationDiff(a, b)};
        for (double x : d) {
            if (!Double.isNaN(x)) {
                sum += x * x;
                n++;
            }
        }
        return n < 2 ? Double.NaN : Math.sqrt(sum / n);
    }

    private static Double money(BigDecimal v) {
        return v == null ? null : v.doubleValue();
    }

    private static double logDiff(Number x, Number y) {
        if (x == null || y == null || x.doubleValue() <= 0 || y.doubleValue() <= 0) {
            return Double.NaN;
        }
        return Math.log10(x.doubleValue()) - Math.log10(y.doubleValue());
    }

    private static double utilisationDiff(Peer a, Peer b) {
        if (a.seats() == null || b.seats() == null || a.seats() <= 0 || b.seats() <= 0
                || Objects.isNull(a.activeUsers()) || Objects.isNull(b.activeUsers())) {
            return Double.NaN;
        }
        return (double) a.activeUsers() / a.seats() - (double) b.activeUsers() / b.seats();
    }
}
