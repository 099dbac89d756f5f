package com.nexuscrm.domain.routing;

import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.User;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Decides where a lead goes, from its score and segment, the reps (segment, availability), their
 * conversion rates over the last 90 days and the round-robin rotation. Pure: it reads nothing and
 * writes nothing.
 *
 * <ul>
 *   <li>No score: routed by the lowest rule, and not enrolled in nurture; the reason says so.</li>
 *   <li>No available rep in the segment (or the company size is unknown): the rule's strategy over the
 *       whole team (every rep outside the SDR team); nobody there either: the SDR queue.</li>
 *   <li>Ties: top performers by rate, then more conversions, then name and id; round robin by
 *       {@link RoundRobinState}.</li>
 * </ul>
 */
public final class LeadRouter {
    /** The round-robin pool used when a segment has no available rep. */
    public static final String WHOLE_TEAM = "Whole team";
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH);

    private final RoutingRules rules;

    public LeadRouter(RoutingRules rules) {
        this.rules = rules;
    }

    /** Who is eligible: the segment's available reps, else the whole team's, else nobody (the queue). */
    private record Pool(String name, String where, List<User> members, List<User> available, String note) { }

    public RoutingResult route(Lead lead, SalesFloor floor, Map<UUID, ConversionRate> rates,
                               Function<String, RoundRobinState> rotations, Instant now) {
        Integer score = lead.getScore();
        RoutingRule rule = rules.ruleFor(score);
        StringBuilder reason = new StringBuilder(score == null
                ? "No score yet, so the lowest rule (" + rule.band() + "): "
                : "Score " + score + " ≥ " + rule.minScore() + ": ");
        User assignee = null;
        RoundRobinState rotation = null;
        RoutingStrategy done = RoutingStrategy.QUEUE;
        if (rule.strategy() != RoutingStrategy.QUEUE) {
            Pool pool = pool(lead, floor);
            reason.append(pool.note());
            if (!pool.available().isEmpty()) {
                done = rule.strategy();
                if (rule.strategy() == RoutingStrategy.TOP_PERFORMER) {
                    assignee = topPerformer(pool.available(), rates);
                    reason.append("top performer ").append(pool.where()).append(": ").append(assignee.getDisplayName())
                            .append(" (").append(rates.getOrDefault(assignee.getId(), ConversionRate.NONE).describe())
                            .append(" converted in the last 90 days)");
                } else {
                    RoundRobinState.Pick pick = rotations.apply(pool.name()).pick(pool.members(), pool.available());
                    assignee = pick.rep();
                    rotation = pick.next();
                    reason.append("round robin ").append(pool.where()).append(": ").append(assignee.getDisplayName())
                            .append(", whose turn it is (lead ").append(pick.assigned()).append(" from the rotation)");
                }
            }
        }
        if (assignee == null) {
            reason.append("SDR queue");
        }
        return new RoutingResult(decide(lead, floor, rule, done, assignee, now, reason), rotation);
    }

    private RoutingDecision decide(Lead lead, SalesFloor floor, RoutingRule rule, RoutingStrategy done, User assignee,
                                   Instant now, StringBuilder reason) {
        UUID assigneeId = assignee == null ? null : assignee.getId();
        BusinessCalendar calendar = floor.calendar(assigneeId);
        Instant due = calendar.plusMinutes(now, rule.slaMinutes());
        UUID teamId = assignee != null ? assignee.getTeamId()
                : floor.queueTeam().map(t -> t.getId()).orElse(lead.getTeamId());
        reason.append("; ").append(rule.priority().label().toLowerCase(Locale.ROOT)).append(", first response due in ")
                .append(rule.slaMinutes()).append(" business minutes (")
                .append(DUE.format(ZonedDateTime.ofInstant(due, calendar.zone()))).append(' ')
                .append(calendar.zone().getId()).append(')');
        boolean nurture = rules.nurtures(lead.getScore());
        if (nurture) {
            reason.append("; below ").append(rules.nurtureBelow()).append(", so also enrolled in the ")
                    .append(RoutingRules.NURTURE_CAMPAIGN).append(" campaign");
        } else if (lead.getScore() == null) {
            reason.append("; not enrolled in nurture until it has a score");
        }
        return new RoutingDecision(lead.getId(), lead.getScore(), rule, done, assigneeId,
                assignee == null ? null : assignee.getDisplayName(), teamId, rule.priority(), now, due, nurture,
                reason.toString());
    }

    private static Pool pool(Lead lead, SalesFloor floor) {
        Optional<String> segment = Segments.of(lead.getEmployees());
        String why;
        if (segment.isPresent()) {
            List<User> members = floor.reps(segment.get());
            List<User> available = members.stream().filter(User::isAvailable).toList();
            if (!available.isEmpty()) {
                return new Pool(segment.get(), "in " + segment.get(), members, available, "");
            }
            why = "no rep is available in " + segment.get();
        } else {
            why = "the company size is unknown (no employee count), so no segment";
        }
        List<User> team = floor.wholeTeam();
        List<User> available = team.stream().filter(User::isAvailable).toList();
        return new Pool(WHOLE_TEAM, "on the whole team", team, available, available.isEmpty()
                ? why + " and nobody on the whole team is available, so the " : why + ", so ");
    }

    private static User topPerformer(List<User> available, Map<UUID, ConversionRate> rates) {
        Comparator<User> best = Comparator.comparingDouble((User u) -> rate(rates, u).rate()).reversed()
                .thenComparing(Comparator.comparingInt((User u) -> rate(rates, u).converted()).reversed())
                .thenComparing(SalesFloor.BY_NAME);
        return available.stream().min(best).orElseThrow();
    }

    private static ConversionRate rate(Map<UUID, ConversionRate> rates, User u) {
        return rates.getOrDefault(u.getId(), ConversionRate.NONE);
    }
}
