package com.nexuscrm.testing;

import com.nexuscrm.campaign.CampaignPorts;
import com.nexuscrm.domain.FieldError;
import com.nexuscrm.domain.ValidationException;
import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.domain.campaign.CampaignPlanRepository;
import com.nexuscrm.domain.campaign.Consent;
import com.nexuscrm.domain.campaign.ContactPolicy;
import com.nexuscrm.domain.campaign.Enrolment;
import com.nexuscrm.domain.campaign.EnrolmentCounts;
import com.nexuscrm.domain.campaign.EnrolmentRepository;
import com.nexuscrm.domain.campaign.EnrolmentStatus;
import com.nexuscrm.domain.campaign.ExitReason;
import com.nexuscrm.domain.campaign.PersonRef;
import com.nexuscrm.domain.campaign.PersonTouch;
import com.nexuscrm.domain.campaign.Recipient;
import com.nexuscrm.domain.campaign.RecipientDirectory;
import com.nexuscrm.domain.campaign.ScheduledTouch;
import com.nexuscrm.domain.campaign.StepCondition;
import com.nexuscrm.domain.campaign.Suppression;
import com.nexuscrm.domain.campaign.TouchRepository;
import com.nexuscrm.domain.campaign.TouchStatus;
import com.nexuscrm.domain.campaign.TouchTally;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The campaign engine's ports in memory, for ViewModel and use case tests: plans refused with their problems as the
 * store refuses them, enrolments, touches with the times they were replied to, and recipients.
 */
public final class InMemoryCampaigns {
    public final Map<UUID, CampaignPlan> plans = new LinkedHashMap<>();
    public final Map<UUID, Enrolment> enrolments = new LinkedHashMap<>();
    public final Map<UUID, ScheduledTouch> touches = new LinkedHashMap<>();
    public final Map<UUID, Instant> replied = new HashMap<>();
    /** When each paused enrolment resumes. */
    public final Map<UUID, Instant> pausedUntil = new HashMap<>();
    public final Map<PersonRef, Recipient> recipients = new HashMap<>();
    /** The suppression list the contact policy reads (by person or address). */
    public final List<Suppression> suppressions = new ArrayList<>();
    /** How many times a plan was saved (a refused save does not count). */
    public int saves;

    public CampaignPorts ports() {
        return new CampaignPorts(new Plans(), new Enrolments(), new Touches(), new Policy(), person -> Optional.ofNullable(recipients.get(person)));
    }

    /** A sent touch, replied to at {@code repliedAt} when that is not null. */
    public void sent(Enrolment e, int step, String variant, com.nexuscrm.domain.campaign.Channel channel, Instant at, Instant repliedAt) {
        ScheduledTouch t = ScheduledTouch.pending(e.id(), step, variant, channel, "me@nexus.test", "x@y.test", at);
        touches.put(t.id(), new ScheduledTouch(t.id(), e.id(), step, variant, channel, TouchStatus.SENT, 1, at, t.sender(),
                t.address(), at, null));
        if (repliedAt != null) {
            replied.put(t.id(), repliedAt);
        }
    }

    private final class Plans implements CampaignPlanRepository {
        @Override
        public void save(CampaignPlan plan) {
            List<FieldError> problems = plan.problems();
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            plans.put(plan.id(), plan);
            saves++;
        }

        @Override
        public Optional<CampaignPlan> find(UUID id) { return Optional.ofNullable(plans.get(id)); }

        @Override
        public Optional<CampaignPlan> findByName(String name) {
            return plans.values().stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst();
        }

        @Override
        public List<CampaignPlan> all() { return List.copyOf(plans.values()); }
    }

    private final class Enrolments implements EnrolmentRepository {
        @Override
        public Enrolment enrol(Enrolment e) {
            return enrolments.values().stream().filter(o -> o.planId().equals(e.planId()) && o.person().equals(e.person()))
                    .findFirst().orElseGet(() -> enrolments.computeIfAbsent(e.id(), id -> e));
        }

        @Override
        public Optional<Enrolment> find(UUID id) { return Optional.ofNullable(enrolments.get(id)); }

        @Override
        public List<Enrolment> active() { return enrolments.values().stream().filter(Enrolment::active).toList(); }

        @Override
        public List<Enrolment> forPlan(UUID planId) {
            return enrolments.values().stream().filter(e -> e.planId().equals(planId))
                    .sorted(Comparator.comparing(Enrolment::enrolledAt)).toList();
        }

        @Override
        public List<EnrolmentCounts> countsByPlan() {
            return plans.keySet().stream().filter(id -> !forPlan(id).isEmpty()).map(id -> {
                List<Enrolment> es = forPlan(id);
                return new EnrolmentCounts(id, es.size(), count(es, null, EnrolmentStatus.ACTIVE) + count(es, null, EnrolmentStatus.PAUSED),
                        count(es, null, EnrolmentStatus.COMPLETED), count(es, ExitReason.REPLIED, null),
                        count(es, ExitReason.BOUNCED, null), count(es, ExitReason.UNSUBSCRIBED, null));
            }).toList();
        }

        private int count(List<Enrolment> es, ExitReason reason, EnrolmentStatus status) {
            return (int) es.stream().filter(e -> reason != null ? e.exitReason() == reason : e.status() == status).count();
        }

        @Override
        public List<Enrolment> activeFor(UUID personId) {
            return enrolments.values().stream().filter(e -> e.person().id().equals(personId))
                    .filter(e -> e.status() == EnrolmentStatus.ACTIVE || e.status() == EnrolmentStatus.PAUSED).toList();
        }

        @Override
        public boolean pause(UUID id, Instant until) {
            Enrolment e = enrolments.get(id);
            if (e == null || !e.active() && e.exitReason() != ExitReason.REPLIED) {
                return false;
            }
            enrolments.put(id, new Enrolment(id, e.planId(), e.person(), e.currentStep(), EnrolmentStatus.PAUSED, null, e.enrolledAt()));
            pausedUntil.put(id, until);
            return true;
        }

        @Override
        public Optional<Instant> pausedUntil(UUID id) { return Optional.ofNullable(pausedUntil.get(id)); }

        @Override
        public List<Enrolment> resumeDue(Instant now) { throw new UnsupportedOperationException(); }

        @Override
        public void advance(UUID id, int step, boolean completed) {
            Enrolment e = enrolments.get(id);
            enrolments.put(id, new Enrolment(id, e.planId(), e.person(), step,
                    completed ? EnrolmentStatus.COMPLETED : EnrolmentStatus.ACTIVE, null, e.enrolledAt()));
        }

        @Override
        public boolean exit(UUID id, ExitReason reason) {
            Enrolment e = enrolments.get(id);
            pausedUntil.remove(id);
            enrolments.put(id, new Enrolment(id, e.planId(), e.person(), e.currentStep(), EnrolmentStatus.EXITED, reason, e.enrolledAt()));
            return true;
        }
    }

    private final class Touches implements TouchRepository {
        @Override
        public boolean schedule(ScheduledTouch touch) { return touches.putIfAbsent(touch.id(), touch) == null; }

        @Override
        public Optional<ScheduledTouch> find(UUID id) { return Optional.ofNullable(touches.get(id)); }

        @Override
        public List<ScheduledTouch> forEnrolment(UUID enrolmentId) {
            return touches.values().stream().filter(t -> t.enrolmentId().equals(enrolmentId)).toList();
        }

        @Override
        public List<ScheduledTouch> forPlan(UUID planId) {
            return touches.values().stream().filter(t -> enrolments.get(t.enrolmentId()).planId().equals(planId)).toList();
        }

        @Override
        public List<TouchTally> tallies() {
            Map<String, TouchTally> tallies = new LinkedHashMap<>();
            for (ScheduledTouch t : touches.values()) {
                UUID plan = enrolments.get(t.enrolmentId()).planId();
                int sent = t.status() == TouchStatus.SENT ? 1 : 0;
                int reply = sent == 1 && replied.containsKey(t.id()) ? 1 : 0;
                tallies.merge(plan + "/" + t.stepIndex() + "/" + t.variant(), new TouchTally(plan, t.stepIndex(), t.variant(), sent, reply),
                        (a, b) -> new TouchTally(plan, a.stepIndex(), a.variant(), a.sent() + b.sent(), a.replied() + b.replied()));
            }
            return new ArrayList<>(tallies.values());
        }

        @Override
        public List<ScheduledTouch> due(Instant now, int limit) { throw new UnsupportedOperationException(); }

        @Override
        public boolean claim(UUID id, Instant at) { throw new UnsupportedOperationException(); }

        @Override
        public void markSent(UUID id, Instant at) { throw new UnsupportedOperationException(); }

        @Override
        public void retryLater(UUID id, Instant next, String error) { throw new UnsupportedOperationException(); }

        @Override
        public void postpone(UUID id, Instant next, String why) { throw new UnsupportedOperationException(); }

        @Override
        public void fail(UUID id, String error) { throw new UnsupportedOperationException(); }

        @Override
        public int cancelPending(UUID enrolmentId, String why) { throw new UnsupportedOperationException(); }

        @Override
        public int hold(UUID enrolmentId, Instant until, String why) {
            List<ScheduledTouch> waiting = forEnrolment(enrolmentId).stream().filter(t -> t.status() == TouchStatus.PENDING).toList();
            waiting.forEach(t -> touches.put(t.id(), new ScheduledTouch(t.id(), t.enrolmentId(), t.stepIndex(), t.variant(),
                    t.channel(), t.status(), t.attempts(), until, t.sender(), t.address(), t.sentAt(), why)));
            return waiting.size();
        }

        @Override
        public int sentBy(String sender, Instant from, Instant to) { throw new UnsupportedOperationException(); }

        @Override
        public Optional<ScheduledTouch> lastSentTo(String address) { throw new UnsupportedOperationException(); }

        @Override
        public StepCondition.Engagement engagement(UUID enrolmentId, int beforeStep) { throw new UnsupportedOperationException(); }

        @Override
        public Optional<ScheduledTouch> findByMessageId(String messageId) { throw new UnsupportedOperationException(); }

        @Override
        public void recordProviderId(UUID id, String providerMessageId) { throw new UnsupportedOperationException(); }

        @Override
        public void markReplied(UUID id, Instant at) { replied.put(id, at); }

        @Override
        public boolean markOpened(UUID id, Instant at) { throw new UnsupportedOperationException(); }

        @Override
        public boolean markClicked(UUID id, Instant at) { throw new UnsupportedOperationException(); }

        @Override
        public List<ScheduledTouch> stuckSending(Instant claimedBefore, int limit) { throw new UnsupportedOperationException(); }

        @Override
        public void markUnknown(UUID id, String why) { throw new UnsupportedOperationException(); }

        @Override
        public List<PersonTouch> historyOf(UUID personId) {
            return touches.values().stream().filter(t -> enrolments.get(t.enrolmentId()).person().id().equals(personId)).map(t -> {
                Enrolment e = enrolments.get(t.enrolmentId());
                boolean bounced = e.exitReason() == ExitReason.BOUNCED && t.status() == TouchStatus.SENT
                        && forEnrolment(e.id()).stream().filter(o -> o.status() == TouchStatus.SENT)
                        .allMatch(o -> o.stepIndex() <= t.stepIndex());
                Instant at = replied.containsKey(t.id()) ? replied.get(t.id()) : t.sentAt() != null ? t.sentAt() : t.nextAttemptAt();
                return new PersonTouch(t.id(), plans.get(e.planId()).name(), t.stepIndex(), t.channel(),
                        PersonTouch.outcome(t.status(), replied.get(t.id()), null, null, bounced), at);
            }).sorted(Comparator.comparing(PersonTouch::at).reversed()).toList();
        }
    }

    private final class Policy implements ContactPolicy {
        @Override
        public void suppress(Suppression entry) { suppressions.add(entry); }

        @Override
        public void recordConsent(Consent consent) { }

        @Override
        public Optional<Consent> consent(UUID personId, com.nexuscrm.domain.campaign.Channel channel) { return Optional.empty(); }

        @Override
        public List<Suppression> suppressions(UUID personId, String address) {
            return suppressions.stream().filter(x -> personId.equals(x.personId())
                    || x.address() != null && x.address().equalsIgnoreCase(address)).toList();
        }
    }
}
