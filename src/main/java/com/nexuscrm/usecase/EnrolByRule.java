package com.nexuscrm.usecase;

import com.nexuscrm.campaign.CampaignEnroller;
import com.nexuscrm.campaign.CampaignPorts;
import com.nexuscrm.domain.ContactRepository;
import com.nexuscrm.domain.ContactRow;
import com.nexuscrm.domain.LeadRepository;
import com.nexuscrm.domain.LeadRow;
import com.nexuscrm.domain.ValidationException;
import com.nexuscrm.domain.campaign.AudienceFilters;
import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.domain.campaign.Enrolment;
import com.nexuscrm.domain.campaign.EnrolmentRules;
import com.nexuscrm.domain.campaign.EnrolmentSignals;
import com.nexuscrm.domain.campaign.ExitReason;
import com.nexuscrm.domain.campaign.PersonRef;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Applies every plan's {@link EnrolmentRules} and the engine's automatic exits, once per scheduler tick (issue 17).
 * Exits first: an active enrolment whose person had a meeting on or after enrolment leaves with GOAL_REACHED (meeting
 * booked), a converted lead with CONVERTED; their pending touches are cancelled. Then each plan with rules enrols the
 * open leads that match one (routing's nurture, the score band, the audience's saved filter) through
 * {@link CampaignEnroller}, which refuses the unreachable and the suppressed; a plan whose audience is a saved view of
 * the contacts list enrols its contacts the same way (do-not-contact, suppression and SMS consent checked by the
 * enroller; a contact's goal is a meeting with them, the same exit). A person the plan has ever had, whatever
 * happened since (completed, exited), is never enrolled again, so a run repeated changes nothing.
 */
public final class EnrolByRule {
    /** What one run did: people enrolled, refused by the enroller (tried again next run), enrolments ended. */
    public record Report(int enrolled, int refused, int exited) {
        public static final Report NONE = new Report(0, 0, 0);
    }

    private final CampaignPorts ports;
    private final LeadRepository leads;
    private final ContactRepository contacts;
    private final EnrolmentSignals signals;
    private final AudienceFilters audiences;
    private final CampaignEnroller enroller;

    public EnrolByRule(CampaignPorts ports, LeadRepository leads, ContactRepository contacts, EnrolmentSignals signals,
                       AudienceFilters audiences, Clock clock) {
        this.ports = ports;
        this.leads = leads;
        this.contacts = contacts;
        this.signals = signals;
        this.audiences = audiences;
        this.enroller = new CampaignEnroller(ports, clock);
    }

    public Report run() {
        int exited = exits();
        List<CampaignPlan> ruled = ports.plans().all().stream().filter(p -> p.rules().any()).toList();
        if (ruled.isEmpty()) {
            return new Report(0, 0, exited);
        }
        List<LeadRow> open = leads.inboxRows().stream().filter(r -> r.status() != null && r.status().isOpen()).toList();
        List<ContactRow> people = ruled.stream().anyMatch(EnrolByRule::contactAudience) ? contacts.rows() : List.of();
        Set<UUID> nurtured = ruled.stream().anyMatch(p -> p.rules().nurture()) ? signals.nurturedLeads() : Set.of();
        int[] counts = new int[2];
        for (CampaignPlan plan : ruled) {
            Set<UUID> had = new HashSet<>();
            ports.enrolments().forPlan(plan.id()).forEach(e -> had.add(e.person().id()));
            Predicate<LeadRow> matches = rule(plan, nurtured);
            open.stream().filter(l -> !had.contains(l.id()) && matches.test(l))
                    .forEach(l -> enrol(plan, PersonRef.lead(l.id()), counts));
            if (contactAudience(plan)) {
                Predicate<ContactRow> members = audiences.findContacts(plan.audience().savedFilter()).orElse(c -> false);
                people.stream().filter(c -> !had.contains(c.id()) && members.test(c))
                        .forEach(c -> enrol(plan, PersonRef.contact(c.id()), counts));
            }
        }
        return new Report(counts[0], counts[1], exited);
    }

    private void enrol(CampaignPlan plan, PersonRef person, int[] counts) {
        try {
            enroller.enrol(plan, person);
            counts[0]++;
        } catch (ValidationException e) {
            counts[1]++;
        }
    }

    private static boolean contactAudience(CampaignPlan plan) {
        return plan.rules().audience() && plan.audience().ofContacts();
    }

    private Predicate<LeadRow> rule(CampaignPlan plan, Set<UUID> nurtured) {
        EnrolmentRules rules = plan.rules();
        Predicate<LeadRow> audience = rules.audience() && !plan.audience().ofContacts()
                ? audiences.find(plan.audience().savedFilter()).orElse(r -> false) : r -> false;
        return lead -> rules.nurture() && nurtured.contains(lead.id()) || rules.scoreMatches(lead.score())
                || audience.test(lead);
    }

    private int exits() {
        List<Enrolment> active = ports.enrolments().active();
        if (active.isEmpty()) {
            return 0;
        }
        Map<UUID, Instant> meetings = signals.latestMeetingsOfEnrolled();
        Set<UUID> converted = signals.convertedOfEnrolled();
        int exited = 0;
        for (Enrolment e : active) {
            Instant meeting = meetings.get(e.person().id());
            ExitReason reason = meeting != null && !meeting.isBefore(e.enrolledAt()) ? ExitReason.GOAL_REACHED
                    : converted.contains(e.person().id()) ? ExitReason.CONVERTED : null;
            if (reason != null && ports.enrolments().exit(e.id(), reason)) {
                ports.touches().cancelPending(e.id(), reason == ExitReason.GOAL_REACHED ? "meeting booked" : "lead converted");
                exited++;
            }
        }
        return exited;
    }
}
