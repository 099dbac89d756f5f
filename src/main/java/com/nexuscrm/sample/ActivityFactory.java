package com.nexuscrm.sample;

import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.ActivityType;
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

    private final Draws draws;
    private final SampleClock clock;

    ActivityFactory(Draws draws, SampleClock clock) {
        this.draws = draws;
        this.clock = clock;
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

    void forDeal(DealPlan plan, String contactName, SampleBatch batch) {
        Deal deal = plan.deal();
        for (int i = plan.activities(); i > 0; i--) {
            Activity activity = activity(TYPES[draws.weightedIndex(DEAL_MIX)], contactName,
                    draws.instantBetween(deal.getCreatedAt(), plan.workedUntil()), deal.getOwnerId(), deal.getTeamId());
            activity.setDealId(deal.getId());
            activity.setAccountId(deal.getAccountId());
            activity.setContactId(deal.getPrimaryContactId());
            batch.add(activity);
        }
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
