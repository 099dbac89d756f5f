package com.nexuscrm.sample;

import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.Contact;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealChange;
import com.nexuscrm.domain.DealContact;
import com.nexuscrm.domain.DealLineItem;
import com.nexuscrm.domain.DealRole;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadStatus;
import com.nexuscrm.domain.SyncedRecord;
import com.nexuscrm.domain.TaskPriority;
import com.nexuscrm.domain.User;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Work for the Today screen of the user the sample opens as, on the reference day in their time zone: tasks
 * overdue and due today, two meetings planned today, two deals closing this week and one gone quiet (on
 * existing accounts). Like due dates, today's meetings may lie after the reference "now": they are planned.
 * Generated last, from a random stream of its own, so every other record is the same with or without it.
 */
final class TodayShowcase {
    private static final long STREAM = 0x70DA_75C0_FFEEL;

    private final Random random;
    private final Instant now;
    private final User me;
    private final ZoneId zone;
    private final LocalDate today;
    private final List<Lead> myLeads = new ArrayList<>();
    private boolean hasNewLead;

    TodayShowcase(long seed, Instant now, User me) {
        this.random = new Random(seed ^ STREAM);
        this.now = now;
        this.me = me;
        this.zone = zoneOf(me);
        this.today = now.atZone(zone).toLocalDate();
    }

    /**
     * Remembers the user's own leads as they are made (nothing is drawn). Until the user has a new lead waiting
     * for a first call, a new one from the last two days still in the SDR queue is assigned to them, so the
     * "call first" list of Today is never empty. Called once every draw for the lead is made and before it is
     * written, so the assignment changes no other record.
     */
    void note(Lead lead) {
        boolean fresh = lead.getStatus() == LeadStatus.NEW && lead.getCreatedAt().isAfter(now.minus(Duration.ofDays(2)));
        if (fresh && !hasNewLead && lead.getOwnerId() == null) {
            lead.setOwnerId(me.getId());
            lead.setTeamId(me.getTeamId());
        }
        if (me.getId().equals(lead.getOwnerId())) {
            myLeads.add(lead);
            hasNewLead |= lead.getStatus() == LeadStatus.NEW;
        }
    }

    void add(List<AccountState> accounts, SampleBatch batch) {
        List<AccountState> withContacts = accounts.stream().filter(a -> !a.contacts().isEmpty()).toList();
        if (withContacts.size() < 3) {
            return;
        }
        LocalDate sunday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        LocalDate soon = today.plusDays(2).isAfter(sunday) ? sunday : today.plusDays(2);
        Deal renewal = deal(pick(withContacts), "Renewal", DealStage.NEGOTIATION, today, 60, batch);
        Deal expansion = deal(pick(withContacts), "Expansion", DealStage.PROPOSAL, soon, 35, batch);
        Deal quiet = deal(pick(withContacts), "Pilot", DealStage.QUALIFICATION, today.plusDays(35), 45, batch);
        worked(renewal, 3, batch);
        worked(expansion, 4, batch);
        worked(quiet, 21, batch);
        meeting("Pricing review", renewal, at(today, 11, 0), 3600, batch);
        meeting("Product demo", expansion, at(today, 15, 30), 1800, batch);
        dealTask("Prepare the renewal quote", renewal, at(today, 16, 30), TaskPriority.NORMAL, batch);
        List<Lead> worked = myLeads.stream().filter(l -> l.getStatus() == LeadStatus.WORKING
                || l.getStatus() == LeadStatus.QUALIFIED).toList();
        List<Lead> leads = worked.size() >= 4 ? worked : myLeads;
        if (leads.size() >= 4) {
            leadTask("Send the proposal to ", leads.get(0), at(today.minusDays(2), 11, 0), TaskPriority.HIGH, batch);
            leadTask("Follow up with ", leads.get(1), at(today.minusDays(1), 16, 0), TaskPriority.NORMAL, batch);
            leadTask("Call back ", leads.get(2), at(today, 10, 0), TaskPriority.HIGH, batch);
            leadTask("Send a case study to ", leads.get(3), at(today, 14, 0), TaskPriority.LOW, batch);
        }
        for (Deal deal : List.of(renewal, expansion, quiet)) {
            parts(deal, batch);
        }
    }

    /**
     * The deal's history (opened in prospecting, moved to its stage halfway to now), one line item worth its
     * amount and its contact as the champion, as every sample deal has.
     */
    private void parts(Deal deal, SampleBatch batch) {
        Instant moved = deal.getCreatedAt().plusMillis((now.toEpochMilli() - deal.getCreatedAt().toEpochMilli()) / 2);
        batch.add(change(deal, deal.getCreatedAt(), DealStage.PROSPECTING));
        batch.add(change(deal, moved, deal.getStage()));
        DealLineItem item = new DealLineItem(Ids.uuidV7(deal.getCreatedAt().toEpochMilli(), random));
        item.setProduct(deal.getName().substring(deal.getName().lastIndexOf(" - ") + 3) + " (annual)");
        item.setQuantity(1);
        item.setUnitPrice(deal.getAmount());
        DealContact champion = new DealContact(Ids.uuidV7(deal.getCreatedAt().toEpochMilli(), random));
        champion.setContactId(deal.getPrimaryContactId());
        champion.setRole(DealRole.CHAMPION);
        item.setDealId(deal.getId());
        champion.setDealId(deal.getId());
        for (SyncedRecord part : List.of(item, champion)) {
            part.setOwnerId(deal.getOwnerId());
            part.setTeamId(deal.getTeamId());
            batch.add(part);
        }
    }

    private DealChange change(Deal deal, Instant at, DealStage stage) {
        DealChange change = new DealChange(Ids.uuidV7(at.toEpochMilli(), random));
        change.setDealId(deal.getId());
        change.setChangedAt(at);
        change.setChangedBy(deal.getOwnerId());
        change.setStage(stage);
        change.setAmount(deal.getAmount());
        change.setCloseDate(deal.getCloseDate());
        change.setOwnerId(deal.getOwnerId());
        change.setTeamId(deal.getTeamId());
        return change;
    }

    private AccountState pick(List<AccountState> accounts) {
        return accounts.get(random.nextInt(accounts.size()));
    }

    private Deal deal(AccountState account, String kind, DealStage stage, LocalDate closes, int ageDays, SampleBatch batch) {
        Instant created = now.minusSeconds(ageDays * 86_400L);
        Deal deal = new Deal(Ids.uuidV7(created.toEpochMilli(), random));
        Contact contact = account.contacts().get(0);
        deal.setName(account.company().name() + " - " + kind);
        deal.setAccountId(account.account().getId());
        deal.setPrimaryContactId(contact.getId());
        deal.setStage(stage);
        deal.setAmount(BigDecimal.valueOf(500L * (16 + random.nextInt(100))));
        deal.setCurrency("USD");
        deal.setCloseDate(closes);
        deal.setCreatedAt(created);
        deal.setOwnerId(me.getId());
        deal.setTeamId(me.getTeamId());
        batch.add(deal);
        return deal;
    }

    private void worked(Deal deal, int daysAgo, SampleBatch batch) {
        Activity call = activity(ActivityType.CALL, "Check-in call", now.minusSeconds(daysAgo * 86_400L - random.nextInt(7200)));
        call.setDurationSeconds(300 + random.nextInt(600));
        call.setOutcome(ActivityFactory.ANSWERED);
        onDeal(call, deal);
        batch.add(call);
    }

    private void meeting(String subject, Deal deal, Instant at, int seconds, SampleBatch batch) {
        Activity meeting = activity(ActivityType.MEETING, subject, at);
        meeting.setDurationSeconds(seconds);
        onDeal(meeting, deal);
        batch.add(meeting);
    }

    private void dealTask(String subject, Deal deal, Instant due, TaskPriority priority, SampleBatch batch) {
        Activity task = task(subject, due, priority);
        onDeal(task, deal);
        batch.add(task);
    }

    private void leadTask(String subject, Lead lead, Instant due, TaskPriority priority, SampleBatch batch) {
        Activity task = task(subject + lead.getFirstName() + " " + lead.getLastName(), due, priority);
        task.setLeadId(lead.getId());
        batch.add(task);
    }

    private Activity task(String subject, Instant due, TaskPriority priority) {
        Activity task = activity(ActivityType.TASK, subject, now.minusSeconds(86_400L * (3 + random.nextInt(3))));
        task.setDueAt(due);
        task.setPriority(priority);
        task.setDone(false);
        return task;
    }

    private Activity activity(ActivityType type, String subject, Instant at) {
        Activity a = new Activity(Ids.uuidV7(Math.min(at.toEpochMilli(), now.toEpochMilli()), random));
        a.setType(type);
        a.setSubject(subject);
        a.setOccurredAt(at);
        a.setOwnerId(me.getId());
        a.setTeamId(me.getTeamId());
        a.setDone(type != ActivityType.TASK);
        return a;
    }

    private static void onDeal(Activity a, Deal deal) {
        a.setDealId(deal.getId());
        a.setAccountId(deal.getAccountId());
        a.setContactId(deal.getPrimaryContactId());
    }

    private Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(zone).toInstant();
    }

    private static ZoneId zoneOf(User user) {
        try {
            return user.getTimeZone() == null ? ZoneId.of("UTC") : ZoneId.of(user.getTimeZone());
        } catch (DateTimeException e) {
            return ZoneId.of("UTC");
        }
    }
}
