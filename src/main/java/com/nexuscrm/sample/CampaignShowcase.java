package com.nexuscrm.sample;

import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadSource;
import com.nexuscrm.domain.LeadStatus;
import com.nexuscrm.domain.SampleSink;
import com.nexuscrm.domain.User;
import com.nexuscrm.domain.campaign.CampaignHistory;
import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.Enrolment;
import com.nexuscrm.domain.campaign.EnrolmentStatus;
import com.nexuscrm.domain.campaign.ExitReason;
import com.nexuscrm.domain.campaign.PersonRef;
import com.nexuscrm.domain.campaign.ScheduledTouch;
import com.nexuscrm.domain.campaign.Step;
import com.nexuscrm.domain.campaign.TouchStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The campaign engine's side of the sample ({@link SamplePlans}): nurtured leads in "Nurture" and recent webinar
 * attendees in "Webinar follow-up", enrolled over the last five weeks, with the touches already sent, the replies,
 * bounces and unsubscribes they got (each ending the enrolment) and the touches still to come. Generated last, from a
 * random stream of its own, so every other record is the same with or without it; the texts of a dozen of the replies
 * ({@link CampaignReplyBank}) come last of all, from another stream.
 */
final class CampaignShowcase {
    private static final long STREAM = 0xCA3B_A16E_5EEDL;
    /** The replies' texts: drawn after everything else, from a stream of their own. */
    private static final long REPLY_STREAM = 0x2E91_1E5L;
    private static final int NURTURE_PEOPLE = 150;
    private static final int WEBINAR_PEOPLE = 80;
    private static final double BOUNCE = 0.02;
    private static final double UNSUBSCRIBE = 0.012;

    /** A lead the campaigns may enrol, kept small (a big sample has many). */
    private record Candidate(UUID id, Instant createdAt, String email, String phone, String firstName, String company) { }

    private final long seed;
    private final Random random;
    private final Instant now;
    private final User sender;
    private final List<Candidate> nurtured = new ArrayList<>();
    private final List<Candidate> attendees = new ArrayList<>();
    private final List<CampaignReplyBank.Replied> replied = new ArrayList<>();
    private List<SampleReply> written = List.of();

    CampaignShowcase(long seed, Instant now, User sender) {
        this.seed = seed;
        this.random = new Random(seed ^ STREAM);
        this.now = now;
        this.sender = sender;
    }

    /** Remembers leads the campaigns fit, as they are made (nothing is drawn). */
    void note(Lead lead) {
        if (lead.getEmail() == null || lead.getEmail().isBlank()) {
            return;
        }
        Candidate c = new Candidate(lead.getId(), lead.getCreatedAt(), lead.getEmail(), lead.getPhone(),
                lead.getFirstName(), lead.getCompany());
        if (lead.getStatus() == LeadStatus.NURTURE) {
            nurtured.add(c);
        } else if (LeadSource.WEBINAR.is(lead.getSource()) && c.phone() != null && !c.phone().isBlank()
                && lead.getStatus() != LeadStatus.CONVERTED && lead.getStatus() != LeadStatus.DISQUALIFIED) {
            attendees.add(c);
        }
    }

    void write(SampleSink sink) {
        CampaignPlan nurture = SamplePlans.nurture(id(now.minus(Duration.ofDays(60))), sender.getEmail(), sender.getDisplayName())
                .withRules(new com.nexuscrm.domain.campaign.EnrolmentRules(true, null, null, false));
        CampaignPlan webinar = SamplePlans.webinar(id(now.minus(Duration.ofDays(50))), sender.getEmail(), sender.getDisplayName());
        List<Candidate> recent = attendees.stream().filter(c -> c.createdAt().isAfter(now.minus(Duration.ofDays(40)))).toList();
        sink.saveCampaigns(List.of(
                run(nurture, 0, pick(nurtured, NURTURE_PEOPLE), false),
                run(webinar, 1, pick(recent.size() >= 10 ? recent : attendees, WEBINAR_PEOPLE), true)), now);
        written = CampaignReplyBank.write(replied, new Random(seed ^ REPLY_STREAM), sender.getDisplayName(), now);
    }

    /** The replies the campaigns' emails got, as written (after {@link #write}); the engine classifies them. */
    List<SampleReply> replies() {
        return written;
    }

    private List<Candidate> pick(List<Candidate> from, int count) {
        List<Candidate> shuffled = new ArrayList<>(from);
        Collections.shuffle(shuffled, random);
        return shuffled.subList(0, Math.min(count, shuffled.size()));
    }

    private CampaignHistory run(CampaignPlan plan, int planIndex, List<Candidate> people, boolean afterCreation) {
        List<Enrolment> enrolments = new ArrayList<>();
        List<ScheduledTouch> touches = new ArrayList<>();
        Map<UUID, Instant> replies = new HashMap<>();
        for (Candidate person : people) {
            Instant enrolled = afterCreation ? person.createdAt().plus(hours(2 + random.nextInt(30)))
                    : later(person.createdAt(), now.minus(hours(24 + random.nextInt(24 * 34))));
            if (!enrolled.isBefore(now)) {
                continue;
            }
            UUID id = Ids.uuidV7(enrolled.toEpochMilli(), random);
            enrolments.add(follow(plan, planIndex, id, person, enrolled, touches, replies));
        }
        return new CampaignHistory(plan, enrolments, touches, replies);
    }

    /** One enrolment step by step until it is waiting for a step, exits, or has had every step. */
    private Enrolment follow(CampaignPlan plan, int planIndex, UUID id, Candidate person, Instant enrolled,
                             List<ScheduledTouch> touches, Map<UUID, Instant> replies) {
        for (int i = 0; i < plan.steps().size(); i++) {
            Step step = plan.step(i);
            int variant = step.variants().size() > 1 ? random.nextInt(step.variants().size()) : 0;
            String label = step.variants().get(variant).variant();
            Instant at = enrolled.plus(Duration.ofDays(step.dayOffset())).plus(Duration.ofMinutes(random.nextInt(240)));
            String address = step.channel() == Channel.EMAIL ? person.email() : person.phone();
            ScheduledTouch pending = ScheduledTouch.pending(id, i, label, step.channel(), plan.sender(), address, at);
            if (at.isAfter(now)) {
                touches.add(pending);
                return enrolment(id, plan, person, i, EnrolmentStatus.ACTIVE, null, enrolled);
            }
            touches.add(new ScheduledTouch(pending.id(), id, i, label, step.channel(), TouchStatus.SENT, 1, at,
                    plan.sender(), address, at, null));
            double u = random.nextDouble();
            Instant reply = at.plus(Duration.ofMinutes(30 + random.nextInt(48 * 60)));
            boolean email = step.channel() == Channel.EMAIL;
            if (u < SamplePlans.REPLY_RATES[planIndex][i][variant] && reply.isBefore(now)) {
                replies.put(pending.id(), reply);
                if (email) {
                    replied.add(new CampaignReplyBank.Replied(pending.id(), pending.messageId(), address, person.firstName(),
                            person.company(), plan.name(), reply));
                }
                return enrolment(id, plan, person, i + 1, EnrolmentStatus.EXITED, ExitReason.REPLIED, enrolled);
            }
            if (email && i == 0 && u > 1 - BOUNCE) {
                return enrolment(id, plan, person, i + 1, EnrolmentStatus.EXITED, ExitReason.BOUNCED, enrolled);
            }
            if (email && u > 1 - BOUNCE - UNSUBSCRIBE) {
                return enrolment(id, plan, person, i + 1, EnrolmentStatus.EXITED, ExitReason.UNSUBSCRIBED, enrolled);
            }
        }
        return enrolment(id, plan, person, plan.steps().size(), EnrolmentStatus.COMPLETED, null, enrolled);
    }

    private static Enrolment enrolment(UUID id, CampaignPlan plan, Candidate person, int step, EnrolmentStatus status,
                                       ExitReason exit, Instant enrolled) {
        return new Enrolment(id, plan.id(), PersonRef.lead(person.id()), step, status, exit, enrolled);
    }

    private UUID id(Instant at) {
        return Ids.uuidV7(at.toEpochMilli(), random);
    }

    private static Duration hours(int hours) {
        return Duration.ofHours(hours);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
