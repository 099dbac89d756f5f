package com.nexuscrm.routing;

import com.nexuscrm.domain.Directory;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadRepository;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.ValidationException;
import com.nexuscrm.domain.routing.Routable;
import com.nexuscrm.domain.routing.ConversionRate;
import com.nexuscrm.domain.routing.LeadRouter;
import com.nexuscrm.domain.routing.RoundRobinState;
import com.nexuscrm.domain.routing.RoutingDecision;
import com.nexuscrm.domain.routing.RoutingRepository;
import com.nexuscrm.domain.routing.RoutingResult;
import com.nexuscrm.domain.routing.RoutingRuleRepository;
import com.nexuscrm.domain.routing.SalesFloor;
import com.nexuscrm.domain.routing.SlaPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Routes leads that are New and were never routed: decides with {@link LeadRouter} over the directory as
 * it is now, then applies each decision in its own transaction (owner, priority, SLA due time, nurture
 * enrolment, decision log, rotation). A lead that was routed meanwhile is left alone. One routing at a
 * time per workspace, so the rotation is never read and written by two at once.
 */
public final class LeadRouting {
    /** The window of the top-performer conversion rates. */
    public static final Duration PERFORMANCE_WINDOW = Duration.ofDays(90);

    private final RoutingRuleRepository rules;
    private final RoutingRepository routing;
    private final LeadRepository leads;
    private final Directory directory;
    private final Clock clock;
    private final ZoneId fallbackZone;
    private final java.util.function.Supplier<SlaPolicy> slaPolicy;

    /** @param fallbackZone the time zone of users whose own is unset or unknown */
    public LeadRouting(RoutingRuleRepository rules, RoutingRepository routing, LeadRepository leads, Directory directory,
                       Clock clock, ZoneId fallbackZone) {
        this(rules, routing, leads, directory, clock, fallbackZone, () -> SlaPolicy.DEFAULT);
    }

    /** @param slaPolicy the team's SLA policy as it is now (working days, holidays, default hours), read per run */
    public LeadRouting(RoutingRuleRepository rules, RoutingRepository routing, LeadRepository leads, Directory directory,
                       Clock clock, ZoneId fallbackZone, java.util.function.Supplier<SlaPolicy> slaPolicy) {
        this.slaPolicy = slaPolicy;
        this.rules = rules;
        this.routing = routing;
        this.leads = leads;
        this.directory = directory;
        this.clock = clock;
        this.fallbackZone = fallbackZone;
    }

    /** A lead that could not be routed, and why. */
    public record Skipped(UUID leadId, String reason, ValidationException error) { }

    /** What a run did: the decisions applied, in order, and the leads left unrouted with the reason. */
    public record Report(List<RoutingDecision> routed, List<Skipped> skipped) { }

    /**
     * Routes one lead (say, right after it was scored); empty when it is not New, is gone or was routed
     * already. Throws {@link ValidationException} when the lead breaks a record rule (nothing is changed).
     */
    public synchronized Optional<RoutingDecision> route(UUID leadId) {
        Report report = run(List.of(leadId), Progress.NONE);
        if (!report.skipped().isEmpty()) {
            throw report.skipped().get(0).error();
        }
        return report.routed().stream().findFirst();
    }

    /** Routes these leads (those still unrouted and New), e.g. a freshly scored batch. */
    public synchronized Report route(Collection<UUID> leadIds, Progress progress) {
        return run(List.copyOf(leadIds), progress);
    }

    /** Routes every unrouted New lead, oldest first, reporting progress; cancelling keeps the leads already routed. */
    public synchronized Report routeUnrouted(Progress progress) {
        return run(routing.unroutedLeadIds(), progress);
    }

    private Report run(List<UUID> ids, Progress progress) {
        Instant now = clock.instant();
        LeadRouter router = new LeadRouter(rules.rules());
        SalesFloor floor = new SalesFloor(directory.users(), directory.teams(), fallbackZone, slaPolicy.get());
        Map<UUID, ConversionRate> rates = routing.conversionRates(now.minus(PERFORMANCE_WINDOW), now);
        Map<String, RoundRobinState> rotations = new HashMap<>();
        List<RoutingDecision> routed = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (UUID id : ids) {
            progress.checkCancelled();
            progress.update(routed.size() + skipped.size(), ids.size(), "Routing lead " + (routed.size() + skipped.size() + 1)
                    + " of " + ids.size());
            // A lead someone already owns was assigned by a person (or its importer): routing never overrides that.
            Optional<Lead> lead = leads.find(id).filter(Routable::test);
            if (lead.isEmpty()) {
                continue;
            }
            RoutingResult result = router.route(lead.get(), floor, rates,
                    pool -> rotations.computeIfAbsent(pool, routing::roundRobin), now);
            try {
                if (routing.apply(result)) {
                    routed.add(result.decision());
                    if (result.roundRobin() != null) {
                        rotations.put(result.roundRobin().pool(), result.roundRobin());
                    }
                }
            } catch (ValidationException e) {
                skipped.add(new Skipped(id, "Lead " + name(lead.get()) + " was not routed: " + e.getMessage()
                        + ". Correct it in the lead's form; it is routed on the next run.", e));
            }
        }
        progress.update(ids.size(), ids.size(), "Routed " + routed.size() + " leads");
        return new Report(List.copyOf(routed), List.copyOf(skipped));
    }

    static String name(Lead lead) {
        String person = ((lead.getFirstName() == null ? "" : lead.getFirstName() + " ")
                + (lead.getLastName() == null ? "" : lead.getLastName())).trim();
        return lead.getCompany() == null || lead.getCompany().isBlank() ? person : person + " (" + lead.getCompany() + ")";
    }
}
