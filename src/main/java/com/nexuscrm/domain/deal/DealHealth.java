package com.nexuscrm.domain.deal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * How the customer is engaging with a deal, as a 0–100 score made of four components, each shown with its figures.
 * Pure arithmetic over {@link DealFacts}.
 *
 * <p>Each component is a value from 0 to 1:
 * <ul>
 *   <li><b>Response rate</b> (weight 25): answers (emails from the customer, calls that connected) over the rep's
 *       calls and emails in the last 30 days, at most 1; 1 when the customer wrote without being chased. Left out when
 *       there was neither in 30 days.</li>
 *   <li><b>Meeting attendance</b> (weight 15): meetings held over meetings due (held or missed) in the last 90 days.
 *       Left out when no meeting was due.</li>
 *   <li><b>Stakeholders engaged</b> (weight 25): distinct contacts who took part (a reply, a connected call, a
 *       meeting held) in the last 60 days, over 3, at most 1.</li>
 *   <li><b>Recency</b> (weight 35): days since the last two-way contact {@code d}: 1 up to 7 days, 0 from 45 days,
 *       {@code (45 - d) / 38} between; 0 when the customer never took part.</li>
 * </ul>
 * The score is {@code round(100 × Σ weight·value / Σ weight)} over the components present. A deal with no call, email
 * or meeting logged yet (a brand-new deal) has no score: "not enough data", never a made-up number.
 */
public record DealHealth(Integer score, List<Component> components, String note) {
    public static final int RESPONSE_DAYS = 30;
    public static final int MEETING_DAYS = 90;
    public static final int STAKEHOLDER_DAYS = 60;
    public static final int STAKEHOLDERS_FULL = 3;
    public static final int FRESH_DAYS = 7;
    public static final int COLD_DAYS = 45;

    /** One part of the score: its value 0..1 (null when left out for lack of data), weight and figures in words. */
    public record Component(String name, Double value, int weight, String detail) { }

    public DealHealth {
        components = List.copyOf(components);
    }

    public boolean enoughData() {
        return score != null;
    }

    public static DealHealth of(DealFacts f) {
        boolean anything = f.touchpoints().stream().anyMatch(t -> t.customerFacing() && !t.at().isAfter(f.now()));
        if (!anything) {
            return new DealHealth(null, List.of(),
                    "Not enough data: no call, email or meeting has been logged on this deal yet.");
        }
        List<Component> parts = List.of(response(f), attendance(f), stakeholders(f), recency(f));
        double weighted = 0;
        int weights = 0;
        for (Component c : parts) {
            if (c.value() != null) {
                weighted += c.weight() * c.value();
                weights += c.weight();
            }
        }
        int score = (int) Math.round(100 * weighted / weights);
        return new DealHealth(score, parts, "");
    }

    static Component response(DealFacts f) {
        List<Touchpoint> recent = f.within(RESPONSE_DAYS);
        long outreach = recent.stream().filter(Touchpoint::outreach).count();
        long answers = recent.stream().filter(Touchpoint::answer).count();
        String name = "Response rate";
        if (outreach == 0 && answers == 0) {
            return new Component(name, null, 25, "No calls or emails in the last " + RESPONSE_DAYS + " days.");
        }
        double value = outreach == 0 ? 1 : Math.min(1, (double) answers / outreach);
        return new Component(name, value, 25, answers + " answered of " + outreach + " calls and emails in the last "
                + RESPONSE_DAYS + " days.");
    }

    static Component attendance(DealFacts f) {
        List<Touchpoint> due = f.within(MEETING_DAYS).stream().filter(Touchpoint::meetingDue).toList();
        long held = due.stream().filter(t -> t.kind() == Touchpoint.Kind.MEETING_HELD).count();
        String name = "Meeting attendance";
        if (due.isEmpty()) {
            return new Component(name, null, 15, "No meetings in the last " + MEETING_DAYS + " days.");
        }
        return new Component(name, (double) held / due.size(), 15,
                held + " of " + due.size() + " meetings held in the last " + MEETING_DAYS + " days.");
    }

    static Component stakeholders(DealFacts f) {
        Set<UUID> engaged = f.engaged(STAKEHOLDER_DAYS);
        double value = Math.min(1, (double) engaged.size() / STAKEHOLDERS_FULL);
        return new Component("Stakeholders engaged", value, 25, (engaged.size() == 1 ? "1 person" : engaged.size()
                + " people") + " took part in the last " + STAKEHOLDER_DAYS + " days (full marks from "
                + STAKEHOLDERS_FULL + ").");
    }

    static Component recency(DealFacts f) {
        Touchpoint last = f.lastTwoWay();
        String name = "Last two-way contact";
        if (last == null) {
            return new Component(name, 0.0, 35, "The customer has not taken part in a call, email or meeting yet.");
        }
        long d = f.daysSince(last.at());
        double value = d <= FRESH_DAYS ? 1 : d >= COLD_DAYS ? 0 : (double) (COLD_DAYS - d) / (COLD_DAYS - FRESH_DAYS);
        return new Component(name, value, 35, Wording.days(d) + " ago (" + last.noun() + " on "
                + Wording.date(last.at(), f.zone(), f.today()) + ").");
    }

    /** The components that have data, for a short summary. */
    public List<Component> present() {
        List<Component> present = new ArrayList<>();
        components.forEach(c -> {
            if (c.value() != null) {
                present.add(c);
            }
        });
        return present;
    }
}
