package com.nexuscrm.scoring;

import static com.nexuscrm.scoring.Column.Kind.CATEGORY;
import static com.nexuscrm.scoring.Column.Kind.FLAG;
import static com.nexuscrm.scoring.Column.Kind.NUMBER;
import static com.nexuscrm.scoring.Family.ENGAGEMENT;
import static com.nexuscrm.scoring.Family.FIT;
import static com.nexuscrm.scoring.Family.INTENT;

import com.nexuscrm.domain.Account;
import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.Contact;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealChange;
import com.nexuscrm.domain.DealContact;
import com.nexuscrm.domain.DealLineItem;
import com.nexuscrm.domain.DealRole;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.Ids;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The features of a workspace deal as of a moment: the deal (stage, amount, age, time in stage, close-date
 * pushes, days to the close date, line items), the account, the people (buying group, economic buyer,
 * champion, most senior title), the rep's track record before that moment, and engagement (activities,
 * days since the last one, the last call's sentiment, objections and competitors, two-way contacts, the answered
 * share of calls and emails, days since the buyers last answered, how many of them did, touches a month).
 * <p>
 * <b>No leakage.</b> An open deal is described as of now. A closed deal is described as of a point strictly
 * before its close: a point drawn (from its id, so the same every time) uniformly between its creation and
 * the last history entry before the closing one, with its stage, amount and close date replayed from its
 * history to that point, and only activities, calls and other deals' outcomes from before it. A uniform
 * point matches what the model meets in use (open deals at every age) better than "just before close",
 * which would teach it what a deal looks like on its last day. The buying group counts the people linked by
 * then (a link's UUIDv7 id dates it, see {@link #knownAt}); line items carry no dates and are taken as they are now
 * (documented on the card).
 */
public final class WorkspaceDeals {
    public static final List<Column> COLUMNS = List.of(
            new Column("stage", "Stage", INTENT, CATEGORY),
            new Column("amount", "Amount", FIT, NUMBER),
            new Column("ageDays", "Age (days)", INTENT, NUMBER),
            new Column("daysInStage", "Days in stage", INTENT, NUMBER),
            new Column("closePushes", "Close date pushed", INTENT, NUMBER),
            new Column("daysToClose", "Days to the close date", INTENT, NUMBER),
            new Column("forecastCategory", "Forecast category", INTENT, CATEGORY),
            new Column("lineItems", "Line items", FIT, NUMBER),
            new Column("industry", "Industry", FIT, CATEGORY),
            new Column("employees", "Employees", FIT, NUMBER),
            new Column("annualRevenue", "Annual revenue", FIT, NUMBER),
            new Column("contacts", "Contacts in the buying group", ENGAGEMENT, NUMBER),
            new Column("economicBuyer", "Economic buyer engaged", ENGAGEMENT, FLAG),
            new Column("champion", "Champion", ENGAGEMENT, FLAG),
            new Column("seniority", "Most senior contact", ENGAGEMENT, CATEGORY),
            new Column("repWinRate", "Rep's win rate on earlier deals", ENGAGEMENT, NUMBER),
            new Column("repClosed", "Rep's earlier closed deals", ENGAGEMENT, NUMBER),
            new Column("activities", "Activities", ENGAGEMENT, NUMBER),
            new Column("recentActivities", "Activities in the last 30 days", ENGAGEMENT, NUMBER),
            new Column("daysSinceActivity", "Days since the last activity", ENGAGEMENT, NUMBER),
            new Column("callSentiment", "Last call's sentiment", ENGAGEMENT, NUMBER),
            new Column("objections", "Objections on the last call", ENGAGEMENT, NUMBER),
            new Column("competitor", "Competitor mentioned", ENGAGEMENT, FLAG),
            // appended, never inserted: a saved close-date model reads the columns by position
            new Column("twoWayContacts", "Two-way contacts (replies, connected calls, meetings held)", ENGAGEMENT, NUMBER),
            new Column("responseRate", "Share of calls and emails answered", ENGAGEMENT, NUMBER),
            new Column("daysSinceTwoWay", "Days since the last two-way contact", ENGAGEMENT, NUMBER),
            new Column("contactsEngaged", "People who answered", ENGAGEMENT, NUMBER),
            new Column("touchesPerMonth", "Customer-facing activities a month", ENGAGEMENT, NUMBER));
    public static final int STAGE_COLUMN = 0;
    private static final List<String> SENIORITY = List.of("Individual contributor", "Manager", "Director", "VP", "C-level");

    /**
     * What the rows are built from, read once for all deals: accounts and contacts by id, and each deal's
     * buying group, line items, history (oldest first) and activities; {@code reps} holds every closed deal's
     * outcome by owner and close day.
     */
    public record Facts(Map<UUID, Account> accounts, Map<UUID, Contact> contacts, Map<UUID, List<DealContact>> roles,
                        Map<UUID, List<DealLineItem>> lineItems, Map<UUID, List<DealChange>> history,
                        Map<UUID, List<Activity>> activities, PriorOutcomes reps) { }

    /** Closed deals as a training table: rows as of a point before each close, label won, days left to close. */
    public record Training(LabelledTable table, double[] daysToClose, List<UUID> dealIds) { }

    private WorkspaceDeals() { }

    /** Every closed deal's outcome by owner, dated by its close (for the reps' track records). */
    public static PriorOutcomes reps(List<Deal> deals, Map<UUID, List<DealChange>> history) {
        PriorOutcomes reps = new PriorOutcomes();
        for (Deal d : deals) {
            Instant closed = closedAt(d, history.getOrDefault(d.getId(), List.of()));
            if (d.getStage() != null && d.getStage().isClosed() && closed != null) {
                reps.add(key(d.getOwnerId()), day(closed), d.getStage() == DealStage.CLOSED_WON, Double.NaN);
            }
        }
        return reps;
    }

    public static Training training(List<Deal> deals, Facts facts, String source) {
        List<Object[]> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        List<Double> days = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        for (Deal d : deals) {
            List<DealChange> history = facts.history().getOrDefault(d.getId(), List.of());
            Instant closed = closedAt(d, history);
            if (d.getStage() == null || !d.getStage().isClosed() || closed == null || d.getCreatedAt() == null
                    || !d.getCreatedAt().isBefore(closed)) {
                continue;
            }
            Instant asOf = pointBeforeClose(d, history, closed);
            rows.add(row(d, facts, asOf));
            labels.add(d.getStage() == DealStage.CLOSED_WON ? 1 : 0);
            days.add(Duration.between(asOf, closed).toHours() / 24.0);
            ids.add(d.getId());
        }
        return new Training(new LabelledTable(COLUMNS, rows, labels.stream().mapToInt(Integer::intValue).toArray(), source),
                days.stream().mapToDouble(Double::doubleValue).toArray(), ids);
    }

    /** When the deal closed: its closedAt, else the history entry that closed it. */
    static Instant closedAt(Deal d, List<DealChange> history) {
        if (d.getClosedAt() != null) {
            return d.getClosedAt();
        }
        for (DealChange c : history) {
            if (c.getStage() != null && c.getStage().isClosed()) {
                return c.getChangedAt();
            }
        }
        return null;
    }

    /**
     * A point strictly before the close, uniform between creation and the last history entry before the
     * closing one (or the close itself, less a day, when the history has none), drawn from the deal's id.
     */
    static Instant pointBeforeClose(Deal d, List<DealChange> history, Instant closed) {
        Instant start = d.getCreatedAt();
        Instant end = closed.minus(Duration.ofDays(1));
        for (DealChange c : history) {
            if (c.getChangedAt() != null && c.getChangedAt().isBefore(closed) && c.getChangedAt().isAfter(start)
                    && (c.getStage() == null || !c.getStage().isClosed())) {
                end = c.getChangedAt();
            }
        }
        if (!end.isAfter(start)) {
            return start;
        }
        double u = (new java.util.Random(d.getId().getLeastSignificantBits() ^ d.getId().getMostSignificantBits()).nextDouble());
        return start.plusSeconds((long) (u * Duration.between(start, end).getSeconds()));
    }

    /** The deal as of {@code asOf} (now, for an open deal), in {@link #COLUMNS} order. */
    public static Object[] row(Deal d, Facts facts, Instant asOf) {
        List<DealChange> history = facts.history().getOrDefault(d.getId(), List.of());
        State s = State.replay(d, history, asOf);
        Account account = d.getAccountId() == null ? null : facts.accounts().get(d.getAccountId());
        List<DealContact> roles = knownAt(facts.roles().getOrDefault(d.getId(), List.of()), asOf, closedAt(d, history));
        PriorOutcomes.Record rep = facts.reps().asOf(key(d.getOwnerId()), day(asOf));
        List<Activity> activities = facts.activities().getOrDefault(d.getId(), List.of());
        boolean callKnown = d.getLastCallAt() != null && !d.getLastCallAt().isAfter(asOf);
        BuyerAnswers engaged = BuyerAnswers.of(activities, asOf);
        return new Object[] {
            s.stage == null ? null : s.stage.label(), s.amount, days(d.getCreatedAt(), asOf), days(s.stageSince, asOf),
            (double) s.pushes, s.closeDate == null ? null : (double) (s.closeDate.toEpochDay() - day(asOf).toEpochDay()),
            s.forecast, (double) facts.lineItems().getOrDefault(d.getId(), List.of()).size(),
            account == null ? null : blankToNull(account.getIndustry()),
            account == null || account.getEmployees() == null || account.getEmployees() < 0 ? null : account.getEmployees().doubleValue(),
            account == null || account.getAnnualRevenue() == null || account.getAnnualRevenue().signum() < 0 ? null
                    : account.getAnnualRevenue().doubleValue(),
            (double) roles.size(), roles.stream().anyMatch(r -> r.getRole() == DealRole.ECONOMIC_BUYER),
            roles.stream().anyMatch(r -> r.getRole() == DealRole.CHAMPION), seniority(roles, facts.contacts()),
            rep.winRateOrNull(), (double) rep.closed(),
            (double) activities.stream().filter(a -> before(a, asOf, null)).count(),
            (double) activities.stream().filter(a -> before(a, asOf, asOf.minus(Duration.ofDays(30)))).count(),
            activities.stream().filter(a -> before(a, asOf, null)).map(Activity::getOccurredAt).max(Comparator.naturalOrder())
                    .map(last -> days(last, asOf)).orElse(null),
            callKnown ? d.getLastCallSentiment() : null,
            callKnown ? (double) items(d.getLastCallObjections()) : null,
            callKnown ? (Object) (items(d.getLastCallCompetitors()) > 0) : null,
            engaged.twoWay(), engaged.responseRate(), engaged.daysSinceTwoWay(asOf), engaged.people(),
            engaged.perMonth(days(d.getCreatedAt(), asOf))};
    }

    /** The deal's stage, amount, close date and forecast category at a moment, from its history. */
    private static final class State {
        DealStage stage;
        Double amount;
        LocalDate closeDate;
        String forecast;
        Instant stageSince;
        int pushes;

        static State replay(Deal d, List<DealChange> history, Instant asOf) {
            State s = new State();
            s.stageSince = d.getCreatedAt();
            boolean any = false;
            for (DealChange c : history) {
                if (c.getChangedAt() == null || c.getChangedAt().isAfter(asOf)) {
                    continue;
                }
                if (any && s.closeDate != null && c.getCloseDate() != null && c.getCloseDate().isAfter(s.closeDate)) {
                    s.pushes++;
                }
                if (!any || c.getStage() != s.stage) {
                    s.stageSince = c.getChangedAt();
                }
                s.stage = c.getStage();
                s.amount = c.getAmount() == null ? null : c.getAmount().doubleValue();
                s.closeDate = c.getCloseDate();
                s.forecast = c.getForecastCategory() == null ? null : c.getForecastCategory().name();
                any = true;
            }
            if (!any && (d.getStage() == null || !d.getStage().isClosed())) {
                // no history up to then: an open deal is what it is now (a closed one's stage is its outcome)
                s.stage = d.getStage();
                s.amount = d.getAmount() == null ? null : d.getAmount().doubleValue();
                s.closeDate = d.getCloseDate();
                s.forecast = d.getForecastCategory() == null ? null : d.getForecastCategory().name();
            }
            if (s.stage != null && s.stage.isClosed()) {
                s.stage = null; // never the outcome itself
            }
            if (s.amount != null && s.amount < 0) {
                s.amount = null;
            }
            return s;
        }
    }

    /**
     * The buying group as of a moment: a link counts from the time in its UUIDv7 id (when the rep added the person).
     * A link dated after the close (added in a clean-up or an import) or with an id that carries no time has no
     * usable date and counts as it is now.
     */
    static List<DealContact> knownAt(List<DealContact> roles, Instant asOf, Instant closed) {
        Instant end = closed == null || closed.isBefore(asOf) ? asOf : closed;
        List<DealContact> known = new ArrayList<>(roles.size());
        for (DealContact r : roles) {
            Instant added = r.getId() == null || r.getId().version() != 7 ? null : Instant.ofEpochMilli(Ids.timestampOf(r.getId()));
            if (added == null || !added.isAfter(asOf) || added.isAfter(end)) {
                known.add(r);
            }
        }
        return known;
    }

    static boolean before(Activity a, Instant asOf, Instant notBefore) {
        Instant t = a.getOccurredAt();
        return t != null && !t.isAfter(asOf) && (notBefore == null || !t.isBefore(notBefore));
    }

    private static String seniority(List<DealContact> roles, Map<UUID, Contact> contacts) {
        int best = -1;
        for (DealContact r : roles) {
            Contact c = contacts.get(r.getContactId());
            String level = c == null ? null : JobTitles.seniority(c.getTitle());
            best = Math.max(best, level == null ? -1 : SENIORITY.indexOf(level));
        }
        return best < 0 ? null : SENIORITY.get(best);
    }

    private static int items(String list) {
        return list == null || list.isBlank() ? 0 : list.split(",").length;
    }

    static Double days(Instant from, Instant to) {
        return from == null || to == null ? null : Math.max(0, Duration.between(from, to).toHours() / 24.0);
    }

    static LocalDate day(Instant t) {
        return t == null ? null : LocalDate.ofInstant(t, ZoneOffset.UTC);
    }

    private static String key(UUID owner) {
        return owner == null ? null : owner.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
