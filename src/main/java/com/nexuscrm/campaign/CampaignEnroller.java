package com.nexuscrm.campaign;

import com.nexuscrm.domain.FieldError;
import com.nexuscrm.domain.FieldRules;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.ValidationException;
import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.E164Numbers;
import com.nexuscrm.domain.campaign.Enrolment;
import com.nexuscrm.domain.campaign.PersonRef;
import com.nexuscrm.domain.campaign.Recipient;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Enrols a lead or contact in a campaign plan by hand. Refuses, naming the person and the address, someone the plan
 * cannot reach: no valid email for an email step, no phone in international (E.164) form for an SMS step, no phone
 * for a call task, or blocked by the suppression list or consent (SMS needs consent on record); a step offering two
 * channels needs only one of them.
 */
public final class CampaignEnroller {
    private final CampaignPorts ports;
    private final Clock clock;

    public CampaignEnroller(CampaignPorts ports, Clock clock) {
        this.ports = ports;
        this.clock = clock;
    }

    /** The enrolment (the existing one when the person is already in the plan); throws {@link ValidationException}. */
    public Enrolment enrol(CampaignPlan plan, PersonRef person) {
        Recipient r = ports.recipients().find(person).orElseThrow(() -> new ValidationException(List.of(
                new FieldError("Recipient", "no " + person.kind().name().toLowerCase() + " with id " + person.id()))));
        List<FieldError> problems = new ArrayList<>();
        String who = r.fullName().isEmpty() ? person.kind().name().toLowerCase() + " " + person.id() : r.fullName();
        for (com.nexuscrm.domain.campaign.Step step : plan.steps()) {
            List<FieldError> stepProblems = new ArrayList<>();
            boolean reachable = false;
            for (Channel channel : step.channels()) {
                List<FieldError> mine = problems(r, person, who, channel);
                reachable |= mine.isEmpty();
                stepProblems.addAll(mine);
            }
            if (!reachable) {
                stepProblems.stream().filter(p -> !problems.contains(p)).forEach(problems::add);
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return ports.enrolments().enrol(Enrolment.start(Ids.newId(), plan.id(), person, clock.instant()));
    }

    /** Why the person cannot be reached on one channel (a step with two needs only one of them). */
    private List<FieldError> problems(Recipient r, PersonRef person, String who, Channel channel) {
        List<FieldError> problems = new ArrayList<>();
        String address = r.address(channel);
        if (channel == Channel.EMAIL && !FieldRules.isEmail(address)) {
            problems.add(new FieldError(who, address == null || address.isBlank() ? "has no email address for the email steps"
                    : "'" + address + "' is not a valid email address (expected name@company.com)"));
        } else if (channel == Channel.SMS && E164Numbers.normalise(address).isEmpty()) {
            problems.add(new FieldError(who, E164Numbers.problem("Phone", address).orElseThrow() + "; the SMS steps need it"));
        } else if (channel != Channel.EMAIL && (address == null || address.isBlank())) {
            problems.add(new FieldError(who, "has no phone number for the " + channel.label() + " steps"));
        }
        ports.policy().blocked(person.id(), address, channel)
                .ifPresent(why -> problems.add(new FieldError(who, channel.label() + " is " + why)));
        return problems;
    }
}
