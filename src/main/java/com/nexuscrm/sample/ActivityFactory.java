package com.nexuscrm.sample;

import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.Contact;
import com.nexuscrm.domain.TaskPriority;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * Calls, emails, meetings, notes and tasks on leads and deals, spread over the time each was worked.
 * Worked leads and converted ones get more touches; leads that asked for a demo get meetings; open
 * leads keep a follow-up task due in the future.
 */
final class ActivityFactory {
    private static final ActivityType[] TYPES = ActivityType.values();
    /** Mix on deals, in {@link ActivityType} order: call, email, meeting, note, task. */
    private static final double[] DEAL_MIX = {30, 35, 20, 10, 5};
    private static final String[] CALLS = {"Intro call", "Discovery call", "Follow-up call", "Check-in call"};
    private static final String[] EMAILS = {"Intro email", "Follow-up", "Re: pricing question", "Case study",
            "Recap and next steps"};
    private static final String[] MEETINGS = {"Product demo", "Discovery meeting", "Security review", "Pricing review"};
    private static final String[] NOTES = {"Call notes", "Qualification notes", "Stakeholder map"};
    private static final String[] TASKS = {"Follow up", "Send proposal", "Book demo", "Send case study"};

    /** Outcome of an activity whose buyer answered: the call connected, the email was replied to, the meeting held. */
    static final String ANSWERED = "Connected";
    /** Outcome of one left unanswered: nobody picked up, no reply, a no-show. */
    static final String UNANSWERED = "No answer";
    static final String VOICEMAIL = "Left voicemail";

    private final Draws draws;
    private final SampleClock clock;
    /** Who a deal's activity involves and how it went: a stream of its own, so the activities themselves are as before. */
    private final Draws signals;

    ActivityFactory(Draws draws, SampleClock clock, Draws signals) {
        this.draws = draws;
        this.clock = clock;
        this.signals = signals;
    }

    void forLead(LeadProfile profile, LeadOutcome outcome, SampleBatch batch) {
        Lead lead = profile.lead();
        if (lead.getOwnerId() == null) {
            return;
        }
        double[] mix = {35, 35, lead.isDemoRequested() ? 12 : 2, 10, 8};
        for (int i = leadActivityCount(lead.getStatus(), profile.engagement()); i > 0; i--) {
            Activity activity = activity(TYPES[draws.weightedIndex(mix)], lead.getFirstName(),
                    draws.instantBetween(lead.getCreatedAt(), outcome.workedUntil()), lead.getOwnerId(), lead.getTeamId());
            activity.setLeadId(lead.getId());
            batch.add(activity);
        }
        if ((lead.getStatus() == LeadStatus.WORKING || lead.getStatus() == LeadStatus.QUALIFIED) && draws.chance(0.6)) {
            Instant planned = lead.getLastActivityAt() == null ? lead.getCreatedAt() : lead.getLastActivityAt();
            Activity followUp = activity(ActivityType.TASK, lead.getFirstName(), planned, lead.getOwnerId(),
                    lead.getTeamId());
            followUp.setDueAt(SampleClock.plusDays(clock.now(), draws.between(1, 5)));
            followUp.setDone(false);
            followUp.setCompletedAt(null);
            followUp.setLeadId(lead.getId());
            batch.add(followUp);
        }
    }

    /**
     * The deal's activities, each with one person of its buying group and, for calls, emails and meetings, whether
     * the buyer answered ({@link #ANSWERED}): likelier the more engaged the deal, never once a deal bound to be lost
     * has gone quiet.
     */
    void forDeal(DealPlan plan, String contactName, SampleBatch batch) {
        Deal deal = plan.deal();
        DealEngagement engagement = plan.engagement();
        for (int i = plan.activities(); i > 0; i--) {
            Contact who = engagement.buyingGroup().isEmpty() ? null : signals.pick(engagement.buyingGroup());
            Activity activity = activity(TYPES[draws.weightedIndex(DEAL_MIX)], who == null ? contactName : who.getFirstName(),
                    draws.instantBetween(deal.getCreatedAt(), plan.workedUntil()), deal.getOwnerId(), deal.getTeamId());
            activity.setDealId(deal.getId());
            activity.setAccountId(deal.getAccountId());
            activity.setContactId(who == null ? deal.getPrimaryContactId() : who.getId());
            activity.setOutcome(outcome(activity, engagement));
            batch.add(activity);
        }
    }

    private String outcome(Activity activity, DealEngagement engagement) {
        double base = switch (activity.getType()) {
            case CALL -> VOICEMAIL.equals(activity.getSubject()) ? Double.NaN : 0.3;
            case EMAIL -> -0.6;
            case MEETING -> 1.6;
            case NOTE, TASK -> Double.NaN;
        };
        if (Double.isNaN(base)) {
            return activity.getType() == ActivityType.CALL ? VOICEMAIL : null;
        }
        boolean answers = engagement.answersAt(activity.getOccurredAt());
        return signals.chance(answers ? Draws.sigmoid(base + 0.8 * engagement.level()) : 0.03) ? ANSWERED : UNANSWERED;
    }

    private int leadActivityCount(LeadStatus status, double engagement) {
        return switch (status) {
            case NEW -> draws.poisson(0.1);
            case WORKING, QUALIFIED -> 1 + draws.poisson(0.3 * Math.exp(0.3 * engagement));
            case CONVERTED -> 1 + draws.poisson(0.3);
            case NURTURE, DISQUALIFIED -> draws.poisson(0.3);
        };
    }

    private Activity activity(ActivityType type, String who, Instant at, UUID ownerId, UUID teamId) {
        Activity activity = new Activity(clock.id(clock.notAfterNow(at)));
        activity.setType(type);
        activity.setOccurredAt(clock.notAfterNow(at));
        activity.setOwnerId(ownerId);
        activity.setTeamId(teamId);
        activity.setDone(true);
        String name = who == null || who.isBlank() ? "" : " with " + who;
        switch (type) {
            case CALL -> call(activity, name);
            case EMAIL -> activity.setSubject(draws.pick(EMAILS));
            case MEETING -> {
                activity.setSubject(draws.pick(MEETINGS) + name);
                activity.setDurationSeconds(draws.chance(0.6) ? 1800 : 3600);
            }
            case NOTE -> activity.setSubject(draws.pick(NOTES));
            case TASK -> task(activity, at);
        }
        return activity;
    }

    private void call(Activity activity, String name) {
        if (draws.chance(0.25)) {
            activity.setSubject("Left voicemail");
            activity.setDurationSeconds(draws.between(20, 60));
        } else {
            activity.setSubject(draws.pick(CALLS) + name);
            activity.setDurationSeconds((int) Math.round(draws.logNormal(420, 0.6)));
        }
    }

    private void task(Activity activity, Instant at) {
        Instant due = SampleClock.plusDays(at, draws.between(1, 4));
        activity.setSubject(draws.pick(TASKS));
        activity.setDueAt(due);
        activity.setDone(due.isBefore(clock.now()) && draws.chance(0.9));
        activity.setCompletedAt(activity.isDone() ? due : null);
        activity.setPriority(activity.getSubject().startsWith("Send proposal") ? TaskPriority.HIGH : TaskPriority.NORMAL);
    }
}
