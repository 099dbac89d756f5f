package com.nexuscrm.testing;

import com.nexuscrm.conversation.CallAnalysisJson;
import com.nexuscrm.domain.Account;
import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.CallRecording;
import com.nexuscrm.domain.Campaign;
import com.nexuscrm.domain.Contact;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealContact;
import com.nexuscrm.domain.DealRole;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.Document;
import com.nexuscrm.domain.Enrollment;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.ProductUsage;
import com.nexuscrm.domain.SupportTicket;
import com.nexuscrm.domain.SyncedRecord;
import com.nexuscrm.domain.TicketPriority;
import com.nexuscrm.domain.TicketStatus;
import com.nexuscrm.domain.Touch;
import com.nexuscrm.domain.call.ActionItem;
import com.nexuscrm.domain.call.CallAnalysis;
import com.nexuscrm.domain.call.Evidence;
import com.nexuscrm.domain.call.Finding;
import com.nexuscrm.domain.call.SideMetrics;
import com.nexuscrm.domain.call.Speaker;
import com.nexuscrm.usecase.Workspace;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * A small, hand-checked account history on a real workspace: "Acme" has one of everything, each a day apart
 * from 2026-01-01 (day 0) on, and "Other" has records that must never show on Acme's timeline.
 *
 * <pre>
 * day 0  deal "Acme pilot" created       day 6  email "Proposal sent" (to Ann)
 * day 1  note "Kick-off notes"           day 7  call "Pricing call" (analysed: -0.25, price, "send the quote")
 * day 2  ticket "Login fails" (HIGH)     day 8  document "contract" (contract.txt)
 * day 3  meeting "Demo"                  day 9  deal "Acme pilot" won
 * day 4  campaign touch (email, opened)  day 10 task "Renewal check"
 * day 5  ticket "Export slow" (LOW)
 * </pre>
 * Ann is the pilot's champion and economic buyer; Bob has no role and no activity. Usage: three months.
 */
public final class AccountHistorySeed {
    public static final Instant DAY0 = Instant.parse("2026-01-01T10:00:00Z");
    public final UUID acme;
    public final UUID other;
    public final UUID ann;
    public final UUID bob;
    public final UUID deal;
    public final UUID call;

    private final Workspace ws;

    public AccountHistorySeed(Workspace ws) {
        this.ws = ws;
        acme = account("Acme");
        other = account("Other");
        ann = contact(acme, "Ann");
        bob = contact(acme, "Bob");
        UUID otherContact = contact(other, "Olga");
        Deal d = new Deal(Ids.newId());
        d.setAccountId(acme);
        d.setName("Acme pilot");
        d.setStage(DealStage.CLOSED_WON);
        d.setAmount(BigDecimal.valueOf(12_000));
        d.setCurrency("USD");
        d.setCloseDate(LocalDate.of(2026, 1, 10));
        d.setCreatedAt(day(0));
        d.setClosedAt(day(9));
        deal = save(d).getId();
        role(ann, DealRole.CHAMPION);
        role(ann, DealRole.ECONOMIC_BUYER);
        activity(acme, null, ActivityType.NOTE, "Kick-off notes", 1);
        ticket(acme, "Login fails", TicketPriority.HIGH, 2);
        activity(acme, null, ActivityType.MEETING, "Demo", 3);
        touch(ann, 4);
        ticket(acme, "Export slow", TicketPriority.LOW, 5);
        activity(acme, ann, ActivityType.EMAIL, "Proposal sent", 6);
        call = activity(acme, ann, ActivityType.CALL, "Pricing call", 7);
        analyse(call);
        Document doc = new Document(Ids.newId());
        doc.setAccountId(acme);
        doc.setTitle("contract");
        doc.setKind("txt");
        doc.setFileName("contract.txt");
        doc.setCreatedAt(day(8));
        save(doc);
        activity(acme, null, ActivityType.TASK, "Renewal check", 10);
        activity(other, otherContact, ActivityType.CALL, "Other call", 7);
        ticket(other, "Other ticket", TicketPriority.NORMAL, 3);
        touch(otherContact, 4);
        for (int m = 0; m < 3; m++) {
            ProductUsage u = new ProductUsage(Ids.newId());
            u.setAccountId(acme);
            u.setPeriodStart(LocalDate.of(2026, 3 - m, 1));
            u.setActiveUsers(10 + m);
            u.setSeats(20);
            save(u);
        }
    }

    public static Instant day(int n) {
        return DAY0.plus(n, ChronoUnit.DAYS);
    }

    private <T extends SyncedRecord> T save(T record) {
        @SuppressWarnings("unchecked")
        Class<T> type = (Class<T>) record.getClass();
        return ws.repository(type).save(record);
    }

    private UUID account(String name) {
        Account a = new Account(Ids.newId());
        a.setName(name);
        a.setDomain(name.toLowerCase() + ".example");
        a.setCreatedAt(DAY0);
        return save(a).getId();
    }

    private UUID contact(UUID account, String name) {
        Contact c = new Contact(Ids.newId());
        c.setFirstName(name);
        c.setLastName("Smith");
        c.setAccountId(account);
        c.setCreatedAt(DAY0);
        return save(c).getId();
    }

    private void role(UUID contact, DealRole role) {
        DealContact dc = new DealContact(Ids.newId());
        dc.setDealId(deal);
        dc.setContactId(contact);
        dc.setRole(role);
        save(dc);
    }

    private UUID activity(UUID account, UUID contact, ActivityType type, String subject, int day) {
        Activity a = new Activity(Ids.newId());
        a.setType(type);
        a.setSubject(subject);
        a.setAccountId(account);
        a.setContactId(contact);
        a.setOccurredAt(day(day));
        return save(a).getId();
    }

    private void ticket(UUID account, String subject, TicketPriority priority, int day) {
        SupportTicket t = new SupportTicket(Ids.newId());
        t.setAccountId(account);
        t.setSubject(subject);
        t.setPriority(priority);
        t.setStatus(TicketStatus.OPEN);
        t.setOpenedAt(day(day));
        save(t);
    }

    private void touch(UUID contact, int day) {
        Campaign c = new Campaign(Ids.newId());
        c.setName("Spring webinar");
        c.setChannel("EMAIL");
        c.setStatus("ACTIVE");
        c.setCreatedAt(DAY0);
        save(c);
        Enrollment e = new Enrollment(Ids.newId());
        e.setCampaignId(c.getId());
        e.setContactId(contact);
        e.setStatus("ACTIVE");
        e.setEnrolledAt(DAY0);
        save(e);
        Touch t = new Touch(Ids.newId());
        t.setEnrollmentId(e.getId());
        t.setChannel("EMAIL");
        t.setSentAt(day(day));
        t.setOpened(true);
        save(t);
    }

    private void analyse(UUID activity) {
        Evidence quote = new Evidence(Speaker.UNKNOWN, 1, 2, "i will send the quote");
        CallAnalysis analysis = new CallAnalysis(60, false,
                List.of(new SideMetrics(Speaker.UNKNOWN, 60, null, null, 100, 100, 0, 0, -0.25)), null, null, List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(new Finding("price", quote)), null, List.of(), List.of(),
                List.of(new ActionItem(quote, null)), List.of(), List.of());
        CallRecording r = new CallRecording(Ids.newId());
        r.setActivityId(activity);
        r.setFileName("pricing.wav");
        r.setStatus("ANALYSED");
        r.setAnalysisJson(CallAnalysisJson.write(analysis));
        save(r);
    }
}
