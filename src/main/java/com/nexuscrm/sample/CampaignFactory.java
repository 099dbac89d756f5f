package com.nexuscrm.sample;

import com.nexuscrm.domain.Campaign;
import com.nexuscrm.domain.CampaignStep;
import com.nexuscrm.domain.Enrollment;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadSource;
import com.nexuscrm.domain.LeadStatus;
import com.nexuscrm.domain.Touch;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Three campaigns (a nurture series, a webinar follow-up and an enterprise outbound sequence) and the
 * leads enrolled in them. Each sent step is a touch whose opens, clicks and replies follow the lead's
 * latent engagement; a reply ends the sequence.
 */
final class CampaignFactory {
    private final Draws draws;
    private final SampleClock clock;
    private final SalesOrg org;
    private final List<SequenceSpec> sequences = new ArrayList<>();

    private record SequenceSpec(Campaign campaign, List<CampaignStep> steps) { }

    CampaignFactory(Draws draws, SampleClock clock, SalesOrg org) {
        this.draws = draws;
        this.clock = clock;
        this.org = org;
    }

    /** Creates the campaigns and their steps; call once before enrolling leads. */
    void createCampaigns(SampleBatch batch) {
        sequences.add(sequence("Nurture: CRM ROI series", "email", "Re-engage nurtured leads", 3, 168, batch));
        sequences.add(sequence("Webinar follow-up: pipeline forecasting", "email", "Book demos from attendees", 3, 48,
                batch));
        sequences.add(sequence("Enterprise outbound: AI call coaching", "mixed", "Open enterprise conversations", 5, 72,
                batch));
    }

    /** Enrols the lead where it fits: nurtured leads, webinar attendees, outbound mid-market and enterprise. */
    void enrol(LeadProfile profile, SampleBatch batch) {
        Lead lead = profile.lead();
        if (lead.getStatus() == LeadStatus.NURTURE && draws.chance(0.1)) {
            enrolment(sequences.get(0), profile, SampleClock.plusDays(lead.getLastActivityAt() == null
                    ? lead.getCreatedAt() : lead.getLastActivityAt(), 1), batch);
        } else if (LeadSource.WEBINAR.is(lead.getSource()) && draws.chance(0.2)) {
            enrolment(sequences.get(1), profile, SampleClock.plusDays(lead.getCreatedAt(), 0.5), batch);
        } else if (LeadSource.OUTBOUND.is(lead.getSource()) && profile.company().segment() != Segment.SMB
                && draws.chance(0.15)) {
            enrolment(sequences.get(2), profile, lead.getCreatedAt(), batch);
        }
    }

    private SequenceSpec sequence(String name, String channel, String goal, int stepCount, int delayHours,
                                  SampleBatch batch) {
        Instant created = clock.daysAgo(draws.between(380, 420));
        Campaign campaign = new Campaign(clock.id(created));
        campaign.setName(name);
        campaign.setChannel(channel);
        campaign.setStatus("ACTIVE");
        campaign.setGoal(goal);
        campaign.setCreatedAt(created);
        campaign.setOwnerId(org.admin().getId());
        batch.add(campaign);
        List<CampaignStep> steps = new ArrayList<>();
        for (int order = 1; order <= stepCount; order++) {
            CampaignStep step = new CampaignStep(clock.id(created));
            step.setCampaignId(campaign.getId());
            step.setStepOrder(order);
            step.setChannel("mixed".equals(channel) ? (order % 2 == 0 ? "call" : "email") : channel);
            step.setDelayHours(order == 1 ? 0 : delayHours);
            step.setSubject(order == 1 ? name : "Step " + order + ": " + name);
            step.setOwnerId(org.admin().getId());
            steps.add(step);
            batch.add(step);
        }
        return new SequenceSpec(campaign, List.copyOf(steps));
    }

    private void enrolment(SequenceSpec spec, LeadProfile profile, Instant enrolledAt, SampleBatch batch) {
        if (enrolledAt.isAfter(clock.now())) {
            return;
        }
        Lead lead = profile.lead();
        Enrollment enrollment = new Enrollment(clock.id(enrolledAt));
        enrollment.setCampaignId(spec.campaign().getId());
        enrollment.setLeadId(lead.getId());
        enrollment.setEnrolledAt(enrolledAt);
        enrollment.setOwnerId(lead.getOwnerId());
        enrollment.setTeamId(lead.getTeamId());
        batch.add(enrollment);
        Instant sendAt = enrolledAt;
        String status = "COMPLETED";
        for (CampaignStep step : spec.steps()) {
            sendAt = sendAt.plusSeconds(step.getDelayHours() * 3600L);
            if (sendAt.isAfter(clock.now())) {
                status = "ACTIVE";
                break;
            }
            enrollment.setCurrentStep(step.getStepOrder());
            if (touch(enrollment, step, sendAt, profile.engagement(), batch).isReplied()) {
                status = "REPLIED";
                break;
            }
        }
        enrollment.setStatus(status);
    }

    private Touch touch(Enrollment enrollment, CampaignStep step, Instant sentAt, double engagement, SampleBatch batch) {
        Touch touch = new Touch(clock.id(sentAt));
        touch.setEnrollmentId(enrollment.getId());
        touch.setStepId(step.getId());
        touch.setChannel(step.getChannel());
        touch.setSentAt(sentAt);
        touch.setOpened(draws.chance(Draws.sigmoid(-0.3 + 0.6 * engagement)));
        touch.setClicked(touch.isOpened() && draws.chance(Draws.sigmoid(-1.2 + 0.6 * engagement)));
        touch.setReplied(draws.chance(Draws.sigmoid(-3.0 + 0.8 * engagement)));
        touch.setOwnerId(enrollment.getOwnerId());
        touch.setTeamId(enrollment.getTeamId());
        batch.add(touch);
        return touch;
    }
}
