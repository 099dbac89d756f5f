package com.nexuscrm.cli.bench;

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
import com.nexuscrm.domain.Enrollment;
import com.nexuscrm.domain.HistoryKind;
import com.nexuscrm.domain.HistoryRange;
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
import com.nexuscrm.storage.BenchBaselines;
import com.nexuscrm.usecase.AccountTimeline;
import com.nexuscrm.usecase.AttachDocument;
import com.nexuscrm.usecase.Workspace;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The account-open half of {@code nexus bench customer360}: one account with five years of history (thousands of
 * activities with analysed calls, hundreds of tickets, 200 attached documents, deals with buying groups, campaign
 * touches, monthly usage) in a workspace full of other records, opened through {@link AccountTimeline#open} (what
 * the account view runs) the first time and then warm, against {@link BenchBaselines#accountViewRows} (bare JDBC
 * of the same rows) in the same run.
 */
final class AccountHistoryBench {
    static final double TARGET_MS = 300;
    private static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");
    private static final long FIVE_YEARS_S = Duration.ofDays(5 * 365).toSeconds();
    private static final ActivityType[] TYPES = {ActivityType.EMAIL, ActivityType.EMAIL, ActivityType.EMAIL,
            ActivityType.CALL, ActivityType.MEETING, ActivityType.NOTE, ActivityType.TASK};

    private final Workspace ws;
    private final BenchBaselines baseline;
    private final Random random = new Random(3600);
    private final Supplier<String> sentence;

    AccountHistoryBench(Workspace ws, BenchBaselines baseline, Supplier<String> sentence) {
        this.ws = ws;
        this.baseline = baseline;
        this.sentence = sentence;
    }

    /** Seeds the account, opens it {@code runs + 1} times and prints the figures. */
    void run(Path files, int activities, int tickets, int documents, int runs) throws IOException {
        long t0 = System.nanoTime();
        UUID account = seed(files, activities, tickets, documents);
        System.out.printf("account with 5 years of history seeded in %.1f s: %,d activities, %,d tickets, %,d documents%n",
                (System.nanoTime() - t0) / 1e9, activities, tickets, documents);
        AccountTimeline timeline = new AccountTimeline(ws);
        long first = System.nanoTime();
        AccountTimeline.Opened opened = timeline.open(account, HistoryRange.all(), AccountTimeline.PAGE);
        double firstMs = (System.nanoTime() - first) / 1e6;
        int bareRows = baseline.accountViewRows(account, AccountTimeline.PAGE);
        long[] app = new long[runs];
        long[] bare = new long[runs];
        long[] filter = new long[runs];
        HistoryRange callsLastYear = new HistoryRange(Set.of(HistoryKind.CALL, HistoryKind.TICKET),
                NOW.minus(Duration.ofDays(365)), NOW);
        for (int r = 0; r < runs; r++) {
            long a = System.nanoTime();
            timeline.open(account, HistoryRange.all(), AccountTimeline.PAGE);
            app[r] = System.nanoTime() - a;
            long b = System.nanoTime();
            baseline.accountViewRows(account, AccountTimeline.PAGE);
            bare[r] = System.nanoTime() - b;
            long f = System.nanoTime();
            timeline.page(account, callsLastYear, 0, AccountTimeline.PAGE);
            filter[r] = System.nanoTime() - f;
        }
        System.out.printf("account view open (use case AccountTimeline.open: account, %d contacts, %d deals, %d tickets,"
                        + " %d usage months, %d documents, counts and the first %d of %,d timeline entries): first %.0f ms;"
                        + " then median %.1f ms, p95 %.1f ms over %d opens (target <= %.0f ms after the first)%n",
                opened.contacts().size(), opened.deals().size(), opened.tickets().size(), opened.usage().size(),
                opened.documents().size(), opened.firstPage().entries().size(), opened.firstPage().total(), firstMs,
                ms(BenchCommand.median(app)), ms(Customer360Bench.p95(app)), runs, TARGET_MS);
        System.out.printf("baseline, bare JDBC of the same rows (%,d rows, no merge, no analysis parsing): median %.1f ms,"
                + " p95 %.1f ms%n", bareRows, ms(BenchCommand.median(bare)), ms(Customer360Bench.p95(bare)));
        System.out.printf("ratio (median): %.1fx the bare queries; filter change (calls and tickets, last 12 months):"
                + " median %.1f ms, p95 %.1f ms%n", BenchCommand.median(app) / BenchCommand.median(bare),
                ms(BenchCommand.median(filter)), ms(Customer360Bench.p95(filter)));
    }

    private UUID seed(Path files, int activities, int tickets, int documents) throws IOException {
        Account a = new Account(Ids.newId());
        a.setName("Fiveyear Industries");
        a.setDomain("fiveyear.example");
        a.setCreatedAt(NOW.minusSeconds(FIVE_YEARS_S));
        UUID account = ws.repository(Account.class).save(a).getId();
        List<Contact> contacts = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            Contact c = new Contact(Ids.newId());
            c.setFirstName("Person" + i);
            c.setLastName("Fiveyear");
            c.setAccountId(account);
            c.setCreatedAt(a.getCreatedAt());
            contacts.add(c);
        }
        insert(Contact.class, contacts);
        List<Deal> deals = new ArrayList<>();
        List<DealContact> roles = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Deal d = new Deal(Ids.newId());
            d.setAccountId(account);
            d.setName("Fiveyear deal " + i);
            Instant created = past();
            d.setCreatedAt(created);
            boolean open = i >= 24;
            d.setStage(open ? DealStage.PROPOSAL : i % 3 == 0 ? DealStage.CLOSED_LOST : DealStage.CLOSED_WON);
            d.setClosedAt(open ? null : created.plus(Duration.ofDays(30 + random.nextInt(60))));
            d.setAmount(BigDecimal.valueOf(5_000 + random.nextInt(100_000)));
            d.setCurrency("USD");
            d.setCloseDate(LocalDate.ofInstant(created.plus(Duration.ofDays(60)), ZoneOffset.UTC));
            deals.add(d);
            for (int k = 0; k < 3; k++) {
                DealContact dc = new DealContact(Ids.newId());
                dc.setDealId(d.getId());
                dc.setContactId(contacts.get(random.nextInt(contacts.size())).getId());
                dc.setRole(DealRole.values()[random.nextInt(DealRole.values().length)]);
                roles.add(dc);
            }
        }
        insert(Deal.class, deals);
        insert(DealContact.class, roles);
        seedActivities(account, contacts, activities);
        seedTickets(account, tickets);
        seedUsage(account);
        seedTouches(contacts);
        AttachDocument attach = new AttachDocument(ws, Clock.systemUTC());
        for (int i = 0; i < documents; i++) {
            Path f = Files.writeString(files.resolve("fiveyear-" + i + ".txt"), sentence.get());
            if (!attach.attach(List.of(f), account, null, null, () -> false).skipped().isEmpty()) {
                throw new IllegalStateException("document " + f + " was not attached");
            }
            Files.delete(f);
        }
        return account;
    }

    private void seedActivities(UUID account, List<Contact> contacts, int count) {
        String analysis = CallAnalysisJson.write(analysis());
        List<Activity> acts = new ArrayList<>();
        List<CallRecording> calls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Activity act = new Activity(Ids.newId());
            act.setType(TYPES[random.nextInt(TYPES.length)]);
            act.setSubject(act.getType().name().toLowerCase() + " " + i);
            act.setBody(i % 5 == 0 ? sentence.get().substring(0, 400) : null);
            act.setAccountId(account);
            act.setContactId(contacts.get(random.nextInt(contacts.size())).getId());
            act.setOccurredAt(past());
            acts.add(act);
            if (act.getType() == ActivityType.CALL && i % 3 == 0) {
                CallRecording r = new CallRecording(Ids.newId());
                r.setActivityId(act.getId());
                r.setFileName("call-" + i + ".wav");
                r.setStatus("ANALYSED");
                r.setAnalysisJson(analysis);
                calls.add(r);
            }
        }
        insert(Activity.class, acts);
        insert(CallRecording.class, calls);
    }

    private void seedTickets(UUID account, int count) {
        List<SupportTicket> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            SupportTicket t = new SupportTicket(Ids.newId());
            t.setAccountId(account);
            t.setSubject("Ticket " + i);
            t.setPriority(TicketPriority.values()[random.nextInt(TicketPriority.values().length)]);
            t.setStatus(i % 10 == 0 ? TicketStatus.OPEN : TicketStatus.CLOSED);
            t.setOpenedAt(past());
            rows.add(t);
        }
        insert(SupportTicket.class, rows);
    }

    private void seedUsage(UUID account) {
        List<ProductUsage> rows = new ArrayList<>();
        for (int m = 0; m < 60; m++) {
            ProductUsage u = new ProductUsage(Ids.newId());
            u.setAccountId(account);
            u.setPeriodStart(LocalDate.of(2021, 11, 1).plusMonths(m));
            u.setSeats(50 + m);
            u.setActiveUsers(30 + m / 2 + random.nextInt(10));
            rows.add(u);
        }
        insert(ProductUsage.class, rows);
    }

    private void seedTouches(List<Contact> contacts) {
        Campaign c = new Campaign(Ids.newId());
        c.setName("Customer newsletter");
        c.setChannel("EMAIL");
        c.setStatus("ACTIVE");
        c.setCreatedAt(NOW.minusSeconds(FIVE_YEARS_S));
        ws.repository(Campaign.class).save(c);
        List<Enrollment> enrollments = new ArrayList<>();
        List<Touch> touches = new ArrayList<>();
        for (Contact contact : contacts) {
            Enrollment e = new Enrollment(Ids.newId());
            e.setCampaignId(c.getId());
            e.setContactId(contact.getId());
            e.setStatus("ACTIVE");
            e.setEnrolledAt(c.getCreatedAt());
            enrollments.add(e);
            for (int i = 0; i < 20; i++) {
                Touch t = new Touch(Ids.newId());
                t.setEnrollmentId(e.getId());
                t.setChannel("EMAIL");
                t.setSentAt(past());
                t.setOpened(random.nextBoolean());
                touches.add(t);
            }
        }
        insert(Enrollment.class, enrollments);
        insert(Touch.class, touches);
    }

    private static CallAnalysis analysis() {
        Evidence quote = new Evidence(Speaker.CUSTOMER, 12, 15, "we need the pricing before the board meets");
        return new CallAnalysis(1800, true, List.of(new SideMetrics(Speaker.CUSTOMER, 700, 0.4, null, 1500, 130, 3, 0.2, 0.3)),
                null, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(new Finding("price", quote)),
                null, List.of(), List.of(), List.of(new ActionItem(quote, "by friday")), List.of(), List.of());
    }

    private Instant past() {
        return NOW.minusSeconds((long) (random.nextDouble() * FIVE_YEARS_S));
    }

    private <T extends SyncedRecord> void insert(Class<T> type, List<T> rows) {
        for (int i = 0; i < rows.size(); i += 5000) {
            ws.repository(type).insertAll(rows.subList(i, Math.min(rows.size(), i + 5000)));
        }
    }

    private static double ms(double nanos) {
        return nanos / 1e6;
    }
}
