package com.nexuscrm.sample;

import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadSource;
import com.nexuscrm.domain.LeadStatus;
import com.nexuscrm.domain.Team;
import com.nexuscrm.domain.User;
import java.time.Instant;

/**
 * Decides a lead's owner, eventual fate and how long it takes to get there. Every lead has a fate
 * (convert, disqualify or nurture) and a resolution delay; a lead whose delay has not yet run out at the
 * reference "now" is still open (new, working or qualified). So old leads are mostly resolved and recent
 * ones mostly open, as in a live CRM.
 */
final class LeadLifecycle {
    private final SalesOrg org;
    private final OutcomeModel model;
    private final Draws draws;
    private final SampleClock clock;

    LeadLifecycle(SalesOrg org, OutcomeModel model, Draws draws, SampleClock clock) {
        this.org = org;
        this.model = model;
        this.draws = draws;
        this.clock = clock;
    }

    LeadOutcome decide(LeadProfile profile) {
        Lead lead = profile.lead();
        Team segmentTeam = org.teamFor(profile.company().segment());
        boolean sdrWorked = draws.chance(0.3);
        User owner = draws.pick(org.reps(sdrWorked ? org.sdrTeam() : segmentTeam));
        boolean converts = model.converts(profile.fit(), profile.intent(), profile.engagement(), LeadSource.valueOf(lead.getSource()),
                org.skill(owner.getId()));
        LeadStatus fate = converts ? LeadStatus.CONVERTED
                : draws.chance(Draws.sigmoid(-0.2 - 1.2 * profile.fit())) ? LeadStatus.DISQUALIFIED : LeadStatus.NURTURE;
        Instant resolvedAt = SampleClock.plusDays(lead.getCreatedAt(), resolutionDays(fate, lead.isDemoRequested()));
        boolean resolved = !resolvedAt.isAfter(clock.now());
        lead.setStatus(resolved ? fate : openStatus(lead, converts, resolvedAt));
        if (lead.getStatus() == LeadStatus.CONVERTED) {
            lead.setConvertedAt(resolvedAt);
        }
        assign(lead, owner);
        Instant workedUntil = resolved ? resolvedAt : clock.now();
        lead.setLastActivityAt(lastActivity(lead, profile.engagement(), workedUntil, resolved));
        User executive = sdrWorked ? draws.pick(org.reps(segmentTeam)) : owner;
        return new LeadOutcome(lead.getStatus() == LeadStatus.CONVERTED, workedUntil, executive.getId(),
                segmentTeam.getId());
    }

    private double resolutionDays(LeadStatus fate, boolean demoRequested) {
        return switch (fate) {
            case CONVERTED -> draws.logNormal(demoRequested ? 14 : 24, 0.6);
            case DISQUALIFIED -> draws.logNormal(9, 0.7);
            default -> draws.logNormal(35, 0.6);
        };
    }

    private LeadStatus openStatus(Lead lead, boolean converts, Instant resolvedAt) {
        double age = SampleClock.daysBetween(lead.getCreatedAt(), clock.now());
        double total = SampleClock.daysBetween(lead.getCreatedAt(), resolvedAt);
        if (age < 2 || age < 7 && draws.chance(0.5)) {
            return LeadStatus.NEW;
        }
        return converts && age > 0.5 * total ? LeadStatus.QUALIFIED : LeadStatus.WORKING;
    }

    /** New leads wait in the SDR queue, a good share of them not yet picked up by anyone. */
    private void assign(Lead lead, User owner) {
        if (lead.getStatus() == LeadStatus.NEW && draws.chance(0.4)) {
            lead.setOwnerId(null);
            lead.setTeamId(org.sdrTeam().getId());
        } else {
            lead.setOwnerId(owner.getId());
            lead.setTeamId(owner.getTeamId());
        }
    }

    private Instant lastActivity(Lead lead, double engagement, Instant workedUntil, boolean resolved) {
        if (lead.getEmailOpens() + lead.getWebSessions() == 0) {
            return null;
        }
        double gapDays = draws.exponential(resolved ? 3 : 12 * Math.exp(-0.6 * engagement));
        Instant last = SampleClock.plusDays(workedUntil, -gapDays);
        return last.isBefore(lead.getCreatedAt()) ? lead.getCreatedAt() : last;
    }
}
