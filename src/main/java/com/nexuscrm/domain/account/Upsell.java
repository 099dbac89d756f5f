package com.nexuscrm.domain.account;

import com.nexuscrm.domain.account.AccountEvidence.Kind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Growth opportunities of one account, each with an estimated value and its evidence:
 * <ul>
 *   <li><b>Missing product</b>: owned by at least {@value #SHARE_PERCENT}% (and at least two) of the account's
 *       {@value #NEIGHBOURS} nearest neighbours ({@link Neighbours}) but not by the account; worth the median of
 *       what those neighbours paid for it.</li>
 *   <li><b>Near the plan limit</b>: the latest month's active users at least {@value #LIMIT_PERCENT}% of seats;
 *       worth {@code ceil(20% of seats)} more seats at the account's price per seat.</li>
 *   <li><b>Seat growth</b>: active users grew by at least {@value #GROWTH_PERCENT}% over the last six months;
 *       worth that growth again in seats at the price per seat.</li>
 * </ul>
 * The price per seat is what the account pays for its per-seat line items, or else the neighbours' median; with
 * neither, the usage opportunities are listed without a value rather than with an invented one.
 */
public final class Upsell {
    public static final int NEIGHBOURS = 10;
    public static final int SHARE_PERCENT = 30;
    public static final int LIMIT_PERCENT = 90;
    public static final int GROWTH_PERCENT = 15;

    /** One opportunity: its kind, a title, the value (null when it cannot be priced) and evidence. */
    public record Opportunity(Type type, String title, BigDecimal value, List<AccountEvidence> evidence) {
        public Opportunity {
            evidence = List.copyOf(evidence);
        }
    }

    public enum Type { MISSING_PRODUCT, NEAR_LIMIT, SEAT_GROWTH }

    /** The opportunities, most valuable first, or why there are none ({@code note}). */
    public record Result(List<Opportunity> opportunities, List<Peer> neighbours, String note) {
        public Result {
            opportunities = List.copyOf(opportunities);
            neighbours = List.copyOf(neighbours);
        }

        public java.util.Optional<Opportunity> best() {
            return opportunities.stream().findFirst();
        }
    }

    private Upsell() { }

    public static Result of(AccountFacts f, List<Peer> peers) {
        Peer self = Neighbours.self(f);
        List<Peer> near = Neighbours.nearest(self, peers, NEIGHBOURS);
        List<Opportunity> out = new ArrayList<>(missingProducts(f, near));
        BigDecimal perSeat = pricePerSeat(f, near);
        out.addAll(usage(f, perSeat));
        out.sort(Comparator.comparing(Opportunity::value, Comparator.nullsLast(Comparator.reverseOrder())));
        String note = out.isEmpty() ? whyNone(f, near) : "";
        return new Result(out, near, note);
    }

    private static String whyNone(AccountFacts f, List<Peer> near) {
        if (near.isEmpty() && f.usage().isEmpty()) {
            return "Not enough data: no usage for this account and no similar account owning products.";
        }
        return "No opportunity found: the account owns what its " + near.size()
                + " most similar accounts own and its usage is below the plan limit and not growing fast.";
    }

    static List<Opportunity> missingProducts(AccountFacts f, List<Peer> near) {
        java.util.Set<String> owned = new java.util.HashSet<>();
        f.owned().forEach(o -> owned.add(key(o.product())));
        Map<String, List<Peer>> owners = new TreeMap<>();
        for (Peer p : near) {
            p.products().keySet().forEach(prod -> owners.computeIfAbsent(prod, k -> new ArrayList<>()).add(p));
        }
        List<Opportunity> out = new ArrayList<>();
        for (Map.Entry<String, List<Peer>> e : owners.entrySet()) {
            List<Peer> who = e.getValue();
            if (owned.contains(key(e.getKey())) || who.size() < 2 || who.size() * 100 < SHARE_PERCENT * near.size()) {
                continue;
            }
            BigDecimal value = median(who.stream().map(p -> p.products().get(e.getKey())).toList());
            List<AccountEvidence> evidence = new ArrayList<>();
            evidence.add(AccountEvidence.figure(Kind.DEAL, String.format(Locale.ROOT, "Owned by %d of the %d most "
                    + "similar accounts; median paid %s", who.size(), near.size(), money(value)), f.accountId()));
            who.stream().limit(3).forEach(p -> evidence.add(new AccountEvidence(p.name() + " owns it ("
                    + money(p.products().get(e.getKey())) + ")", Kind.ACCOUNT, p.accountId(),
                    com.nexuscrm.domain.RecordRef.account(p.accountId()))));
            out.add(new Opportunity(Type.MISSING_PRODUCT, e.getKey(), value, evidence));
        }
        return out;
    }

    static List<Opportunity> usage(AccountFacts f, BigDecimal perSeat) {
        List<UsageMonth> u = f.usage();
        if (u.isEmpty() || u.get(u.size() - 1).seats() <= 0) {
            return List.of();
        }
        List<Opportunity> out = new ArrayList<>();
        UsageMonth last = u.get(u.size() - 1);
        if (last.activeUsers() * 100 >= LIMIT_PERCENT * last.seats()) {
            int extra = (int) Math.ceil(last.seats() * 0.2);
            out.add(new Opportunity(Type.NEAR_LIMIT, "Add " + extra + " seats (near the plan limit)", times(perSeat, extra),
                    List.of(AccountEvidence.figure(Kind.USAGE, String.format(Locale.ROOT, "%d of %d seats active in %s "
                            + "(%.0f%%)%s", last.activeUsers(), last.seats(), last.month(),
                            100.0 * last.activeUsers() / last.seats(), priceWords(perSeat)), f.accountId()))));
        }
        if (u.size() >= 7) {
            UsageMonth then = u.get(u.size() - 7);
            int growth = last.activeUsers() - then.activeUsers();
            if (then.activeUsers() > 0 && growth * 100 >= GROWTH_PERCENT * then.activeUsers()) {
                out.add(new Opportunity(Type.SEAT_GROWTH, "Expand by " + growth + " seats (active users growing)",
                        times(perSeat, growth), List.of(AccountEvidence.figure(Kind.USAGE, String.format(Locale.ROOT,
                        "Active users %d in %s, %d in %s (+%.0f%% in six months)%s", then.activeUsers(), then.month(),
                        last.activeUsers(), last.month(), 100.0 * growth / then.activeUsers(), priceWords(perSeat)),
                        f.accountId()))));
            }
        }
        return out;
    }

    /** What the account pays per seat (its per-seat line items), else the neighbours' median; null with neither. */
    static BigDecimal pricePerSeat(AccountFacts f, List<Peer> near) {
        List<OwnedProduct> seats = f.owned().stream().filter(OwnedProduct::perSeat).toList();
        if (!seats.isEmpty()) {
            java.util.UUID latest = seats.get(seats.size() - 1).dealId();
            return seats.stream().filter(o -> o.dealId().equals(latest))
                    .map(o -> o.total().divide(BigDecimal.valueOf(o.quantity()), 2, RoundingMode.HALF_UP))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        List<BigDecimal> prices = new ArrayList<>();
        for (Peer p : near) {
            if (p.seats() != null && p.seats() > 0) {
                BigDecimal perSeat = p.products().entrySet().stream()
                        .filter(e -> e.getKey().toLowerCase(Locale.ROOT).contains("seat")).map(Map.Entry::getValue)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                if (perSeat.signum() > 0) {
                    prices.add(perSeat.divide(BigDecimal.valueOf(p.seats()), 2, RoundingMode.HALF_UP));
                }
            }
        }
        return prices.isEmpty() ? null : median(prices);
    }

    private static BigDecimal times(BigDecimal perSeat, int seats) {
        return perSeat == null ? null : perSeat.multiply(BigDecimal.valueOf(seats)).setScale(0, RoundingMode.HALF_UP);
    }

    private static String priceWords(BigDecimal perSeat) {
        return perSeat == null ? "; no price per seat known, so no value" : "; " + money(perSeat) + " per seat";
    }

    static BigDecimal median(List<BigDecimal> values) {
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        BigDecimal m = n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
        return m.setScale(0, RoundingMode.HALF_UP);
    }

    public static String money(BigDecimal v) {
        return v == null ? "unknown" : String.format(Locale.ROOT, "%,.0f", v);
    }

    private static String key(String product) {
        return product == null ? "" : product.trim().toLowerCase(Locale.ROOT);
    }
}
