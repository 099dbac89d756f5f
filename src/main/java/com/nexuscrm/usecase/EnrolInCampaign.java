package com.nexuscrm.usecase;

import com.nexuscrm.campaign.CampaignEnroller;
import com.nexuscrm.campaign.CampaignPorts;
import com.nexuscrm.domain.FieldError;
import com.nexuscrm.domain.ValidationException;
import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.domain.campaign.Enrolment;
import com.nexuscrm.domain.campaign.PersonRef;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Enrols the people a rep picked (the Leads screen's selection) in one campaign plan, each through
 * {@link CampaignEnroller}: someone already in the plan (now or before) is left out and named, someone the plan
 * cannot reach (no address, suppressed, no SMS consent) is refused with the enroller's reason.
 */
public final class EnrolInCampaign {
    /** One run: the plan's name, how many were enrolled, who was already in it, and each refusal as "Name: why". */
    public record Outcome(String plan, int enrolled, List<String> already, List<String> refused) { }

    private final CampaignPorts ports;
    private final CampaignEnroller enroller;

    public EnrolInCampaign(CampaignPorts ports, Clock clock) {
        this.ports = ports;
        this.enroller = new CampaignEnroller(ports, clock);
    }

    /** The plans people can be enrolled in, by name. */
    public List<CampaignPlan> plans() {
        return ports.plans().all();
    }

    public Outcome enrol(UUID planId, List<PersonRef> people) {
        CampaignPlan plan = ports.plans().find(planId).orElseThrow(() -> new ValidationException(List.of(
                new FieldError("Campaign", "it is no longer in this workspace; choose another"))));
        Set<UUID> had = new HashSet<>();
        ports.enrolments().forPlan(plan.id()).forEach(e -> had.add(e.person().id()));
        List<PersonRef> already = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        int enrolled = 0;
        for (PersonRef person : people) {
            if (!had.add(person.id())) {
                already.add(person);
                continue;
            }
            try {
                Enrolment e = enroller.enrol(plan, person);
                enrolled += e.person().equals(person) ? 1 : 0;
            } catch (ValidationException e) {
                refused.add(String.join("; ", e.errors().stream().map(FieldError::toString).toList()));
            }
        }
        Map<PersonRef, String> names = ports.recipients().names(already);
        return new Outcome(plan.name(), enrolled, already.stream().map(p -> names.getOrDefault(p, p.id().toString())).toList(),
                refused);
    }
}
