package com.nexuscrm.routing;

import com.nexuscrm.domain.Directory;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadPriority;
import com.nexuscrm.domain.User;
import com.nexuscrm.domain.routing.RepBreaches;
import com.nexuscrm.domain.routing.SalesFloor;
import com.nexuscrm.domain.routing.SlaClock;
import com.nexuscrm.domain.routing.SlaEscalation;
import com.nexuscrm.domain.routing.SlaEvent;
import com.nexuscrm.domain.routing.SlaPolicy;
import com.nexuscrm.domain.routing.SlaRepository;
import com.nexuscrm.domain.routing.SlaState;
import com.nexuscrm.domain.routing.SlaStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Watches the SLAs of routed leads still waiting for a first response. {@link #check(Instant)} returns
 * what is new since the last check: an urgent lead waiting, an SLA about to breach, an SLA breached. The
 * team's {@link SlaPolicy} decides when a lead is about to breach and what a breach does: escalated to the rep's
 * manager (or the SDR team's, for a lead in the queue) at the due time or the set number of business minutes after
 * it, and recorded, once per lead and due time, even across restarts; with escalation off, or until its delay has
 * passed, the breach is announced to the rep only. Announcements are once per monitor, so after a restart the
 * leads still waiting are announced again. Breaches older than {@link #ESCALATION_WINDOW} are left to the report.
 */
public final class SlaMonitor {
    public static final Duration ESCALATION_WINDOW = Duration.ofDays(30);
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH);

    private final SlaRepository sla;
    private final Directory directory;
    private final ZoneId fallbackZone;
    private final Supplier<SlaPolicy> policy;
    private Set<String> announced = new HashSet<>();

    /** @param fallbackZone the time zone of users whose own is unset or unknown */
    public SlaMonitor(SlaRepository sla, Directory directory, ZoneId fallbackZone) {
        this(sla, directory, fallbackZone, () -> SlaPolicy.DEFAULT);
    }

    /** @param policy the team's SLA policy as it is now, read at every check (a synced change applies at once) */
    public SlaMonitor(SlaRepository sla, Directory directory, ZoneId fallbackZone, Supplier<SlaPolicy> policy) {
        this.sla = sla;
        this.directory = directory;
        this.fallbackZone = fallbackZone;
        this.policy = policy;
    }

    /** The SLA clock over the directory as it is now: time left for any lead. Reads the store; not on the FX thread. */
    public SlaClock clock() {
        return new SlaClock(floor());
    }

    private SalesFloor floor() {
        return new SalesFloor(directory.users(), directory.teams(), fallbackZone, policy.get());
    }

    /** The events that are new at {@code now}; escalates and records new breaches. */
    public synchronized List<SlaEvent> check(Instant now) {
        SalesFloor floor = floor();
        SlaClock clock = new SlaClock(floor);
        List<SlaEvent> events = new ArrayList<>();
        Set<String> stillWaiting = new HashSet<>();
        for (Lead lead : sla.waitingForResponse(now.minus(ESCALATION_WINDOW))) {
            SlaStatus status = clock.status(lead, now);
            if (status.state() == SlaState.BREACHED) {
                if (escalationDue(lead, floor, now)) {
                    escalate(lead, status, floor, now).ifPresent(events::add);
                } else {
                    announce(lead, SlaEvent.Kind.BREACHED, status, floor, stillWaiting).ifPresent(events::add);
                }
                continue;
            }
            if (lead.getPriority() == LeadPriority.URGENT) {
                announce(lead, SlaEvent.Kind.URGENT_ARRIVED, status, floor, stillWaiting).ifPresent(events::add);
            }
            if (status.state() == SlaState.AT_RISK) {
                announce(lead, SlaEvent.Kind.ABOUT_TO_BREACH, status, floor, stillWaiting).ifPresent(events::add);
            }
        }
        announced = stillWaiting;
        return events;
    }

    /** Whether the policy escalates this breach now: escalation on, and its delay (business minutes) has passed. */
    private static boolean escalationDue(Lead lead, SalesFloor floor, Instant now) {
        SlaPolicy p = floor.policy();
        return p.escalate() && !now.isBefore(floor.calendar(lead.getOwnerId()).plusMinutes(lead.getSlaDueAt(),
                p.escalateAfterMinutes()));
    }

    private Optional<SlaEvent> announce(Lead lead, SlaEvent.Kind kind, SlaStatus status, SalesFloor floor,
                                        Set<String> stillWaiting) {
        String key = lead.getId() + " " + kind + " " + lead.getSlaDueAt();
        stillWaiting.add(key);
        if (announced.contains(key)) {
            return Optional.empty();
        }
        String who = floor.name(lead.getOwnerId());
        String message = switch (kind) {
            case URGENT_ARRIVED -> "Urgent lead for " + who + ": " + LeadRouting.name(lead) + ", " + status.text() + " to respond.";
            case BREACHED -> "SLA breached: " + LeadRouting.name(lead) + " for " + who + "; " + (floor.policy().escalate()
                    ? "it goes to the manager " + floor.policy().escalateAfterMinutes() + " business minutes after the due time."
                    : "the team does not escalate breaches to a manager.");
            default -> "SLA about to breach: " + LeadRouting.name(lead) + ", " + status.text() + " for " + who + ".";
        };
        return Optional.of(event(kind, lead, null, status, message));
    }

    private Optional<SlaEvent> escalate(Lead lead, SlaStatus status, SalesFloor floor, Instant now) {
        Optional<User> manager = floor.managerOf(lead.getOwnerId());
        UUID managerId = manager.map(User::getId).orElse(null);
        if (!sla.recordEscalation(new SlaEscalation(lead.getId(), lead.getOwnerId(), managerId, lead.getSlaDueAt(), now))) {
            return Optional.empty();
        }
        ZoneId zone = floor.calendar(lead.getOwnerId()).zone();
        String message = "SLA breached: " + LeadRouting.name(lead) + " was due " + DUE.format(lead.getSlaDueAt().atZone(zone))
                + " " + zone.getId() + " for " + floor.name(lead.getOwnerId()) + "; "
                + manager.map(m -> "escalated to " + m.getDisplayName() + ".")
                        .orElse("there is no manager in the team to escalate to; add one in the team directory.");
        return Optional.of(event(SlaEvent.Kind.BREACHED, lead, managerId, status, message));
    }

    private static SlaEvent event(SlaEvent.Kind kind, Lead lead, UUID managerId, SlaStatus status, String message) {
        return new SlaEvent(kind, lead.getId(), LeadRouting.name(lead), lead.getOwnerId(), managerId, lead.getPriority(),
                lead.getSlaDueAt(), status, message);
    }

    /** Per rep, the SLAs due in [from, to) and how many were breached; {@code to} is capped at {@code now}. */
    public List<RepBreaches> breachesByRep(Instant from, Instant to, Instant now) {
        return sla.breachesByRep(from, to.isAfter(now) ? now : to);
    }
}
